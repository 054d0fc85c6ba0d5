package nl.stemwerk.app.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The number of rows of the tables an import could write, to prove that nothing was stored. */
public final class RowCounts {
    private static final List<String> TABLES = List.of("municipality", "polling_station", "election",
            "election_list", "candidate", "election_station", "committee_session", "eml_file", "imported_count",
            "imported_count_station", "imported_count_votes", "audit_log");

    private RowCounts() {
    }

    public static Map<String, Long> of(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
