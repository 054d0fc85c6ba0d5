package nl.stemwerk.app.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations on a second, freshly started PostgreSQL: from empty to the current schema, twice is a no-op; and
 * the embedded server writes every commit to disk.
 */
class MigrationsIT {

    @Test
    void migrationsCreateThePlatformTablesOnAnEmptyServerAndAreIdempotent() throws SQLException {
        try (EmbeddedDatabase fresh = TestDatabase.startFresh()) {
            DatabaseSettings settings = fresh.settings();
            Flyway flyway = Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                    .group(true).load();
            int applied = flyway.migrate().migrationsExecuted;
            assertThat(applied).isGreaterThanOrEqualTo(1);
            assertThat(flyway.migrate().migrationsExecuted).isZero();
            try (Connection connection = settings.connect()) {
                assertThat(tables(connection)).contains("municipality", "polling_station", "app_user", "user_role",
                        "audit_log", "demo_seed_step");
                assertThat(triggers(connection)).contains("audit_log_no_update_or_delete", "audit_log_no_truncate");
                assertThat(setting(connection, "fsync")).as("commits reach the disk").isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<String> triggers(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery("select tgname from pg_trigger where not tgisinternal")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
