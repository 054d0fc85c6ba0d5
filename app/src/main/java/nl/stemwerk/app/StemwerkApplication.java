package nl.stemwerk.app;

import java.util.HashMap;
import java.util.Map;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot application: web pages, HTTP API, database. Started by {@code stemwerk serve}. */
@SpringBootApplication
public class StemwerkApplication {

    /** Starts the web application on {@code port} against {@code database}; throws when it cannot start. */
    public static ConfigurableApplicationContext start(DatabaseSettings database, int port, boolean production,
                                                       java.nio.file.Path logDir, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("server.port", port);
        properties.put("stemwerk.mode", production ? "production" : "demo");
        properties.put("logging.file.name", logDir.resolve("stemwerk.log").toString());
        properties.putAll(extra);
        return run(properties);
    }

    /**
     * The application without web server, seeding or production checks: for command-line tools that use the services
     * (and so the audit log) directly. Migrations still run.
     */
    public static ConfigurableApplicationContext startWithoutWeb(DatabaseSettings database, java.nio.file.Path logDir) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.main.web-application-type", "none");
        properties.put("stemwerk.startup-tasks", "false");
        properties.put("logging.file.name", logDir.resolve("stemwerk.log").toString());
        return run(properties);
    }

    private static ConfigurableApplicationContext run(Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(StemwerkApplication.class);
        application.setDefaultProperties(properties);
        application.setRegisterShutdownHook(false);
        return application.run();
    }
}
