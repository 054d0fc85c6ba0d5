package nl.stemwerk.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.stemwerk.app.Stemwerk;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The first beheerder of a production installation is made on the command line, audited, with a one-time password. */
class UsersCommandIT {

    @Test
    void createsAnAuditedAccountOnAnEmptyDatabaseAndRefusesAnUnknownRole() {
        try (EmbeddedDatabase database = TestDatabase.startFresh()) {
            DatabaseSettings settings = database.settings();
            Outcome created = run("users", "create", "--db-url", settings.url(), "--db-user", settings.user(),
                    "--username", "eerste-beheerder", "--name", "Eerste Beheerder", "--role", "BEHEERDER", "--json");
            assertThat(created.exitCode()).as(created.output()).isEqualTo(ExitCodes.OK);
            assertThat(created.output()).contains("\"username\" : \"eerste-beheerder\"").contains("\"initialPassword\"");

            Outcome verified = run("audit", "verify", "--db-url", settings.url(), "--db-user", settings.user());
            assertThat(verified.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(verified.output()).startsWith("Auditlog in orde: 1 rijen");

            Outcome badRole = run("users", "create", "--db-url", settings.url(), "--db-user", settings.user(),
                    "--username", "x", "--name", "X", "--role", "KONING");
            assertThat(badRole.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        }
    }

    private static Outcome run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exitCode = Stemwerk.run(args);
            return new Outcome(exitCode, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Outcome(int exitCode, String output) {
    }
}
