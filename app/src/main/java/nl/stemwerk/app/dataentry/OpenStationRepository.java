package nl.stemwerk.app.dataentry;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One page of the processen-verbaal a typist can start or go on with, decided in the database so that a station list
 * request reads only the latest state of the session's entries and sends back one page, not every station. The rule
 * is the one of {@link StationProgress#openTo}; a test keeps the two equal.
 */
@Repository
class OpenStationRepository {
    private static final String CONTINUING = "('FIRST_ENTRY_IN_PROGRESS', 'FIRST_ENTRY_CORRECTION',"
            + " 'SECOND_ENTRY_IN_PROGRESS', 'SECOND_ENTRY_CORRECTION')";

    private final JdbcClient jdbc;

    OpenStationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A proces-verbaal open to the typist.
     *
     * @param position the 0-based position in the list of targets given
     * @param state    the latest state, or {@code null} when nothing happened yet
     */
    record OpenRow(int position, Long dataEntryId, StateSummary state) {
    }

    /** The parts of the latest state row a list shows. */
    record StateSummary(int version, String status, String firstTypist, String secondTypist, Instant changedAt) {
    }

    /**
     * The targets (by station id, 0 for the CSB's entry, in list order) open to {@code typist}: first those the
     * typist is entering now, then the others in list order; {@code limit} rows from {@code offset}.
     */
    List<OpenRow> open(long sessionId, List<Long> stationIds, String typist, int limit, long offset) {
        if (stationIds.isEmpty()) {
            return List.of();
        }
        String ids = stationIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                select t.position, d.id, st.version, st.status, st.first_typist, st.second_typist, st.changed_at
                from unnest(cast(? as bigint[])) with ordinality as t(station_id, position)
                left join data_entry d on d.session_id = ? and coalesce(d.election_station_id, 0) = t.station_id
                left join lateral (select x.version, x.status, x.first_typist, x.second_typist, x.changed_at
                                   from data_entry_state x where x.data_entry_id = d.id
                                   order by x.version desc limit 1) st on true
                where st.status is null or st.status = 'EMPTY'
                   or (st.status in ('FIRST_ENTRY_IN_PROGRESS', 'FIRST_ENTRY_CORRECTION') and st.first_typist = ?)
                   or (st.status = 'FIRST_ENTRY_FINALISED' and st.first_typist <> ?)
                   or (st.status in ('SECOND_ENTRY_IN_PROGRESS', 'SECOND_ENTRY_CORRECTION') and st.second_typist = ?)
                order by coalesce(st.status in %s, false) desc, t.position
                limit ? offset ?""".formatted(CONTINUING))
                .params(ids, sessionId, typist, typist, typist, limit, offset)
                .query((rs, n) -> new OpenRow(rs.getInt("position") - 1, rs.getObject("id", Long.class),
                        rs.getString("status") == null ? null : new StateSummary(rs.getInt("version"),
                                rs.getString("status"), rs.getString("first_typist"), rs.getString("second_typist"),
                                rs.getTimestamp("changed_at").toInstant())))
                .list();
    }
}
