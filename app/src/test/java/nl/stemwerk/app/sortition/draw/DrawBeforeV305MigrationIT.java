package nl.stemwerk.app.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V307 on a database where an assembly was drawn with the overview form before V305. */
class DrawBeforeV305MigrationIT {
    private static final String HASH = "ab".repeat(32);

    @Test
    void anAssemblyDrawnBeforeV305GetsItsRoundZeroRowFromItsAuditRow() throws SQLException {
        try (EmbeddedDatabase fresh = TestDatabase.startFresh()) {
            DatabaseSettings settings = fresh.settings();
            Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).group(true)
                    .target("300").load().migrate();
            try (Connection connection = settings.connect(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("""
                        insert into sortition_assembly (name, panel_size, one_per_household, categories_name,
                            categories_csv, pool_name, pool_csv, algorithm, lottery_file, result_hash, seed,
                            panel_members)
                        values ('Oud', 2, false, 'q.csv', 'q', 'p.csv', 'p', 'LEXIMIN', 'loting', '%s', '481516',
                            'a
                        b')""".formatted(HASH));
                sql.executeUpdate("""
                        insert into audit_log (sequence, occurred_at, actor, action, subject, details, previous_hash,
                            hash)
                        select 1, timestamptz '2026-11-01 20:15:00+01', 'griffie', 'burgerberaad.getrokken',
                            'burgerberaad:' || id, '{"leden":["a","b"],"lot":123456789,"lotnummer":"481516"}',
                            repeat('0', 64), repeat('f', 64) from sortition_assembly""");
            }

            Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).group(true).load()
                    .migrate();

            try (Connection connection = settings.connect(); Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("""
                         select round, seed_method, seed, entered_by, entered_at = timestamptz '2026-11-01 19:15:00Z',
                             result_hash, ticket, members from sortition_draw""")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isZero();
                assertThat(row.getString(2)).isEqualTo("UNRECORDED");
                assertThat(row.getString(3)).isEqualTo("481516");
                assertThat(row.getString(4)).isEqualTo("griffie");
                assertThat(row.getBoolean(5)).isTrue();
                assertThat(row.getString(6)).isEqualTo(HASH);
                assertThat(row.getLong(7)).isEqualTo(123_456_789L);
                assertThat(row.getString(8)).isEqualTo("a\nb");
                assertThat(row.next()).isFalse();
            }
        }
    }
}
