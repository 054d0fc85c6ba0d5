package nl.stemwerk.app.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.cli.StartupProblem;

/** How to reach the database Stemwerk uses, embedded or external. */
public record DatabaseSettings(String url, String user, String password) {

    /** Opens a connection, or explains in one Dutch sentence why that is impossible. */
    public Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "10");
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT,
                    "Kan geen verbinding maken met de database " + url + ": " + EmbeddedDatabase.rootMessage(e), e);
        }
    }

    /** Checks the server is reachable and recent enough (PostgreSQL 14 or newer). */
    public void requireReachable() {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StartupProblem(ExitCodes.BAD_INPUT,
                    "De database-URL moet beginnen met jdbc:postgresql: (nu: " + url + ").");
        }
        try (Connection connection = connect()) {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < 14) {
                throw new StartupProblem(ExitCodes.ENVIRONMENT,
                        "Stemwerk heeft PostgreSQL 14 of nieuwer nodig; " + url + " is versie " + major + ".");
            }
        } catch (SQLException e) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT,
                    "Kan geen verbinding maken met de database " + url + ": " + EmbeddedDatabase.rootMessage(e), e);
        }
    }
}
