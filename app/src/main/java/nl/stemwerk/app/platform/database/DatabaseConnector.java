package nl.stemwerk.app.platform.database;

import java.util.Optional;

/**
 * For commands that need the database without the web application ({@code audit verify}, later imports): connects
 * to the external server, to the embedded server of a Stemwerk that is running on the same data folder, or starts
 * the embedded server for the duration of the command.
 */
public final class DatabaseConnector implements AutoCloseable {
    private final DatabaseSettings settings;
    private final EmbeddedDatabase startedHere;

    private DatabaseConnector(DatabaseSettings settings, EmbeddedDatabase startedHere) {
        this.settings = settings;
        this.startedHere = startedHere;
    }

    public static DatabaseConnector open(DatabaseOptions options) {
        if (options.external()) {
            DatabaseSettings external = new DatabaseSettings(options.url(), options.user(), options.password());
            external.requireReachable();
            return new DatabaseConnector(external, null);
        }
        Optional<Integer> running = EmbeddedDatabase.runningPort(options.dataDir());
        if (running.isPresent()) {
            return new DatabaseConnector(new DatabaseSettings(EmbeddedDatabase.jdbcUrl(running.get()), EmbeddedDatabase.USER, ""), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(options.dataDir(), 0);
        return new DatabaseConnector(embedded.settings(), embedded);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
