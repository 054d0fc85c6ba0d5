package nl.stemwerk.app.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import nl.stemwerk.app.Stemwerk;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** {@code stemwerk audit verify} finds a changed row and a removed row, and says where. */
class AuditVerifyCommandIT {

    @Test
    void anIntactChainPassesAChangedRowFailsWithItsSequenceNumber() throws SQLException {
        try (EmbeddedDatabase database = TestDatabase.startFresh()) {
            DatabaseSettings settings = migrated(database);
            try (Connection connection = settings.connect()) {
                appendRows(connection, 3);
            }
            Outcome intact = verify(settings);
            assertThat(intact.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(intact.output()).startsWith("Auditlog in orde: 3 rijen");

            try (Connection connection = settings.connect()) {
                connection.createStatement().execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
                connection.createStatement().execute("update audit_log set actor = 'vervalser' where sequence = 2");
            }
            Outcome tampered = verify(settings);
            assertThat(tampered.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(tampered.output()).startsWith("Auditlog GEBROKEN bij rij 2: de inhoud van deze rij is gewijzigd");
        }
    }

    @Test
    void aRemovedRowIsFoundAtTheGap() throws SQLException {
        try (EmbeddedDatabase database = TestDatabase.startFresh()) {
            DatabaseSettings settings = migrated(database);
            try (Connection connection = settings.connect()) {
                appendRows(connection, 4);
                connection.createStatement().execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
                connection.createStatement().execute("delete from audit_log where sequence = 3");
            }
            Outcome outcome = verify(settings);
            assertThat(outcome.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(outcome.output()).contains("bij rij 4: rij 3 ontbreekt");
        }
    }

    private static DatabaseSettings migrated(EmbeddedDatabase database) {
        DatabaseSettings settings = database.settings();
        Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).group(true).load().migrate();
        return settings;
    }

    private static void appendRows(Connection connection, int rows) throws SQLException {
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= rows; sequence++) {
            Instant now = AuditChain.storedPrecision(Instant.now());
            String details = "{\"n\":" + sequence + "}";
            String hash = AuditChain.hash(previous, sequence, now, "tester", "test.rij", "test:" + sequence, details);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_log values (?, ?, 'tester', 'test.rij', ?, ?, ?, ?)")) {
                insert.setLong(1, sequence);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setString(3, "test:" + sequence);
                insert.setString(4, details);
                insert.setString(5, previous);
                insert.setString(6, hash);
                insert.executeUpdate();
            }
            previous = hash;
        }
    }

    private static Outcome verify(DatabaseSettings settings) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exitCode = Stemwerk.run("audit", "verify", "--db-url", settings.url(), "--db-user", settings.user());
            return new Outcome(exitCode, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Outcome(int exitCode, String output) {
    }
}
