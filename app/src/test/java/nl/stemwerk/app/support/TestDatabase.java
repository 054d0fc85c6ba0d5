package nl.stemwerk.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real embedded PostgreSQL for all integration tests of a test run, in a fresh temporary data folder. Spring
 * test contexts point at it through {@link Initializer}.
 */
public final class TestDatabase {
    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    public static synchronized DatabaseSettings settings() {
        if (database == null) {
            database = startFresh();
            EmbeddedDatabase started = database;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return database.settings();
    }

    /** A second, separate server (e.g. to run the migrations on an empty database). The caller closes it. */
    public static EmbeddedDatabase startFresh() {
        try {
            return EmbeddedDatabase.start(Files.createTempDirectory("stemwerk-test-"), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the Spring context at the shared test database, in demo mode (so the demo accounts exist). */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            DatabaseSettings settings = settings();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stemwerk-test-database", Map.of(
                    "spring.datasource.url", settings.url(),
                    "spring.datasource.username", settings.user(),
                    "spring.datasource.password", settings.password(),
                    "stemwerk.mode", "demo")));
        }
    }
}
