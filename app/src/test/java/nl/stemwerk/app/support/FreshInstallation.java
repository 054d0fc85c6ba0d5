package nl.stemwerk.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import nl.stemwerk.app.StemwerkApplication;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as a municipality first installs it: production mode, an empty database of its own (on the
 * shared test server), no municipality, no accounts. Tests with this annotation share that one context; it is a
 * second context next to {@link StemwerkSpringTest}'s demo, so use it only where a fresh installation matters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = StemwerkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshInstallation.Initializer.class)
public @interface FreshInstallation {

    /** Creates the empty database and points the context at it, in production mode. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            DatabaseSettings shared = TestDatabase.settings();
            String database = "stemwerk_nieuw_" + ProcessHandle.current().pid();
            try (Connection connection = shared.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the fresh test database", e);
            }
            String url = shared.url().substring(0, shared.url().lastIndexOf('/') + 1) + database;
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stemwerk-fresh-database",
                    Map.of("spring.datasource.url", url, "spring.datasource.username", shared.user(),
                            "spring.datasource.password", shared.password(), "stemwerk.mode", "production")));
        }
    }
}
