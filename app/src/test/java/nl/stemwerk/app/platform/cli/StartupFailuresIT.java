package nl.stemwerk.app.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.support.StemwerkProcess;
import nl.stemwerk.app.support.StemwerkProcess.Result;
import nl.stemwerk.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** What a user sees when Stemwerk cannot start: one Dutch line, a non-zero exit code, nothing half-done. */
class StartupFailuresIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void aPortInUseGivesOneDutchLineAndExitCode3() throws IOException {
        try (ServerSocket busy = new ServerSocket(0)) {
            Result result = StemwerkProcess.run(TIMEOUT, List.of(), "serve", "--port", Integer.toString(busy.getLocalPort()),
                    "--data-dir", TestDatabase.tempDir("stemwerk-port-").toString());
            assertThat(result.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
            assertThat(result.output().strip()).isEqualTo("Poort " + busy.getLocalPort()
                    + " is al in gebruik. Stop het andere programma of kies een andere poort met --port.");
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedGivesADutchLineAndExitCode3() throws IOException {
        Path file = Files.createTempFile("stemwerk-not-a-folder-", ".txt");
        Result result = StemwerkProcess.run(TIMEOUT, List.of(), "serve", "--port", Integer.toString(StemwerkProcess.freePort()),
                "--data-dir", file.resolve("data").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(result.output()).startsWith("De gegevensmap " + file.resolve("data") + " kan niet worden gemaakt")
                .doesNotContain("Exception");
    }

    @Test
    void anUnreachableExternalDatabaseGivesADutchLineAndExitCode3() {
        int closedPort = StemwerkProcess.freePort();
        Result result = StemwerkProcess.run(TIMEOUT, List.of(), "serve", "--port", Integer.toString(StemwerkProcess.freePort()),
                "--db-url", "jdbc:postgresql://localhost:" + closedPort + "/stemwerk", "--db-user", "stemwerk");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(result.output()).startsWith("Kan geen verbinding maken met de database jdbc:postgresql://localhost:" + closedPort)
                .doesNotContain("\tat ");
    }

    @Test
    void aFailingMigrationGivesExitCode4AndLeavesTheDatabaseUntouched() throws IOException, SQLException {
        Path broken = Files.createTempDirectory("stemwerk-broken-migration-");
        Files.writeString(broken.resolve("V999__broken.sql"), """
                create table should_not_exist (id integer);
                select 1 / 0;
                """);
        Path dataDir = TestDatabase.tempDir("stemwerk-migration-");
        Result result = StemwerkProcess.run(TIMEOUT,
                List.of("-Dspring.flyway.locations=classpath:db/migration,filesystem:" + broken),
                "serve", "--port", Integer.toString(StemwerkProcess.freePort()), "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.MIGRATION_FAILED);
        assertThat(result.output()).contains("De database kon niet worden bijgewerkt")
                .contains("Er is niets gewijzigd").doesNotContain("\tat ");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0);
             Connection connection = database.settings().connect();
             ResultSet tables = connection.createStatement().executeQuery(
                     "select table_name from information_schema.tables where table_schema = 'public' "
                             + "and table_name in ('should_not_exist', 'audit_log', 'app_user')")) {
            assertThat(tables.next()).as("no table of any pending migration may exist").isFalse();
        }
    }
}
