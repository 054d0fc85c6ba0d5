package nl.stemwerk.app.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V105 on a database that already holds investigations of V104 (one corrected part each): after the migration each
 * state reads as a list with that one part, a state without new results has none, and the rows are append-only again.
 */
class InvestigationPartsMigrationIT {

    @Test
    void anInvestigationWithOneCorrectedPartReadsAsAListOfThatPartAfterTheMigration() throws SQLException {
        try (EmbeddedDatabase fresh = TestDatabase.startFresh()) {
            DatabaseSettings settings = fresh.settings();
            migrateTo(settings, "104");
            try (Connection connection = settings.connect(); Statement sql = connection.createStatement()) {
                sql.execute("""
                        insert into municipality (cbs_code, name, is_home) values ('GM0668', 'West Maas en Waal', true);
                        insert into polling_station (municipality_id, number, name) values (1, 7, 'Dorpshuis');
                        insert into election (municipality_id, identifier, name, category, domain_code, domain_name,
                                              election_date, seats, counting_method)
                        values (1, 'GR2022_MIG', 'Gemeenteraad', 'GR', '0668', 'West Maas en Waal', '2022-03-16', 19,
                                'CSO');
                        insert into election_station (election_id, polling_station_id, number, name, station_type)
                        values (1, 1, 7, 'Dorpshuis', 'FIXED');
                        insert into committee_session (election_id, committee, number) values (1, 'CSB', 1);
                        insert into committee_session (election_id, committee, number) values (1, 'GSB', 2);
                        insert into investigation (election_station_id, ordered_in_session, gsb_session_id, reason,
                                                   ordered_by)
                        values (1, 1, 2, 'Twijfel over lijst 1.', 'csb');
                        insert into investigation_state (investigation_id, version, status, actor)
                        values (1, 1, 'IN_PROGRESS', 'csb');
                        insert into investigation_state (investigation_id, version, status, findings, recounted,
                                                         corrected_part, actor)
                        values (1, 2, 'CONCLUDED_WITH_NEW_RESULTS', 'Hertelling wijkt af.', true, 'lijst-1', 'gsb');
                        """);
            }

            migrateTo(settings, "105");

            try (Connection connection = settings.connect(); Statement sql = connection.createStatement()) {
                assertThat(parts(sql)).containsExactly("1: null", "2: {lijst-1}");
                assertThatThrownBy(() -> sql.execute("update investigation_state set corrected_parts = '{kiezers}'"))
                        .as("append-only again").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.execute("""
                        insert into investigation_state (investigation_id, version, status, findings, actor)
                        values (1, 3, 'CONCLUDED_WITH_NEW_RESULTS', 'Zonder delen.', 'gsb')"""))
                        .as("new results name their parts").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.execute("""
                        insert into investigation_state (investigation_id, version, status, findings,
                                                         corrected_parts, actor)
                        values (1, 3, 'CONCLUDED_WITH_NEW_RESULTS', 'Onbekend deel.', '{kiezers,A}', 'gsb')"""))
                        .as("only parts of the form").isInstanceOf(SQLException.class);
                sql.execute("""
                        insert into investigation_state (investigation_id, version, status, findings,
                                                         corrected_parts, actor)
                        values (1, 3, 'CONCLUDED_WITH_NEW_RESULTS', 'Twee delen.', '{kiezers,lijst-1}', 'gsb')""");
                assertThat(parts(sql)).containsExactly("1: null", "2: {lijst-1}", "3: {kiezers,lijst-1}");
            }
        }
    }

    private static void migrateTo(DatabaseSettings settings, String version) {
        Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).group(true)
                .target(version).load().migrate();
    }

    private static List<String> parts(Statement sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("select version, corrected_parts from investigation_state order by version")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + ": " + rs.getString(2));
            }
        }
        return rows;
    }
}
