package nl.stemwerk.app.platform.database;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the database is: the embedded PostgreSQL in the data folder, or an external server by JDBC URL. */
public class DatabaseOptions {
    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "Externe PostgreSQL (14 of nieuwer), bijvoorbeeld jdbc:postgresql://db.example.nl:5432/stemwerk. "
                    + "Zonder deze optie start Stemwerk een eigen PostgreSQL in de gegevensmap.")
    String url;

    @Option(names = "--db-user", paramLabel = "NAAM", description = "Gebruiker voor --db-url.")
    String user;

    @Option(names = "--db-password", paramLabel = "WACHTWOORD",
            description = "Wachtwoord voor --db-url (of zet STEMWERK_DB_PASSWORD).")
    String password;

    @Option(names = "--data-dir", paramLabel = "MAP", defaultValue = "${env:STEMWERK_DATA:-data}",
            description = "Map voor de ingebouwde database en bestanden (standaard: ${DEFAULT-VALUE}).")
    Path dataDir;

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public String url() {
        return url;
    }

    public String user() {
        return user == null ? "" : user;
    }

    public String password() {
        if (password != null) {
            return password;
        }
        String fromEnv = System.getenv("STEMWERK_DB_PASSWORD");
        return fromEnv == null ? "" : fromEnv;
    }

    public Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
