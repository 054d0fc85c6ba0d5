package nl.stemwerk.app.dataentry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.kieswet.entry.EntryModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code data_entry}, {@code report_entry} and {@code data_entry_state}; only inserts, never updates. */
@Repository
class DataEntryRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    DataEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The data entry of a station (or, with {@code stationId} null, the CSB's entry) in a session; made when missing. */
    long ensure(long sessionId, Long stationId, EntryModel model) {
        Optional<Long> existing = find(sessionId, stationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                insert into data_entry (session_id, election_station_id, model) values (?, ?, ?)
                on conflict (session_id, coalesce(election_station_id, 0)) do nothing""")
                .params(sessionId, stationId, model.name()).update();
        return find(sessionId, stationId).orElseThrow();
    }

    Optional<Long> find(long sessionId, Long stationId) {
        return jdbc.sql("select id from data_entry where session_id = ? and coalesce(election_station_id, 0) = ?")
                .params(sessionId, stationId == null ? 0L : stationId).query(Long.class).optional();
    }

    /** What a data entry is about: its session, station and model. */
    record Target(long dataEntryId, long sessionId, Long stationId, EntryModel model) {
    }

    Optional<Target> target(long dataEntryId) {
        return jdbc.sql("select * from data_entry where id = ?").param(dataEntryId)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("session_id"),
                        rs.getObject("election_station_id", Long.class), EntryModel.valueOf(rs.getString("model"))))
                .optional();
    }

    /** The latest state row, or empty before the first transition. */
    Optional<StateRow> currentState(long dataEntryId) {
        return jdbc.sql("select * from data_entry_state where data_entry_id = ? order by version desc limit 1")
                .param(dataEntryId).query((rs, n) -> stateRow(rs)).optional();
    }

    /** The latest state of every data entry of a session, by data entry id. */
    List<SessionRow> sessionStates(long sessionId) {
        return jdbc.sql("""
                select d.id, d.election_station_id, d.model, st.version, st.status, st.first_typist, st.second_typist,
                       st.changed_at
                from data_entry d
                left join lateral (select * from data_entry_state x where x.data_entry_id = d.id
                                   order by x.version desc limit 1) st on true
                where d.session_id = ?""").param(sessionId)
                .query((rs, n) -> new SessionRow(rs.getLong("id"), rs.getObject("election_station_id", Long.class),
                        rs.getInt("version"), rs.getString("status") == null ? "EMPTY" : rs.getString("status"),
                        rs.getString("first_typist"), rs.getString("second_typist"),
                        rs.getTimestamp("changed_at") == null ? null : rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    Optional<StoredEntry> entry(long entryId, EntryShape shape) {
        return jdbc.sql("select * from report_entry where id = ?").param(entryId)
                .query((rs, n) -> new StoredEntry(rs.getLong("id"), rs.getString("typist"),
                        EntryCodec.decode(shape, JSON.readValue(rs.getString("fields"), FIELDS)),
                        rs.getString("last_section"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    long insertEntry(long dataEntryId, String typist, Map<String, String> fields, String lastSection) {
        return jdbc.sql("""
                insert into report_entry (data_entry_id, typist, fields, last_section)
                values (?, ?, cast(? as jsonb), ?) returning id""")
                .params(dataEntryId, typist, JSON.writeValueAsString(fields), lastSection)
                .query(Long.class).single();
    }

    /**
     * Stores the next state. When another transition stored this version first, nothing is written and the caller
     * gets an {@link OptimisticLockingFailureException}.
     */
    void appendState(long dataEntryId, StateRow row, String action, String actor) {
        try {
            jdbc.sql("""
                    insert into data_entry_state (data_entry_id, version, status, first_typist, first_entry_id,
                                                  second_typist, second_entry_id, action, actor)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(dataEntryId, row.version(), row.status(), row.firstTypist(), row.firstEntryId(),
                            row.secondTypist(), row.secondEntryId(), action, actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("data entry " + dataEntryId + " changed meanwhile", e);
        }
    }

    /** The definitive entry of every data entry of a session that is definitive: data entry, station, fields. */
    List<DefinitiveRow> definitive(long sessionId) {
        return jdbc.sql("""
                select d.id, d.election_station_id, r.fields
                from data_entry d
                join lateral (select * from data_entry_state x where x.data_entry_id = d.id
                              order by x.version desc limit 1) st on true
                join report_entry r on r.id = st.second_entry_id
                where d.session_id = ? and st.status = 'DEFINITIVE'""").param(sessionId)
                .query((rs, n) -> new DefinitiveRow(rs.getLong("id"), rs.getObject("election_station_id", Long.class),
                        JSON.readValue(rs.getString("fields"), FIELDS)))
                .list();
    }

    record DefinitiveRow(long dataEntryId, Long stationId, Map<String, String> fields) {
    }

    /** A row of {@code data_entry_state}. */
    record StateRow(int version, String status, String firstTypist, Long firstEntryId, String secondTypist,
                    Long secondEntryId, java.time.Instant changedAt) {
    }

    /** The state of one data entry of a session, for progress screens. */
    record SessionRow(long dataEntryId, Long stationId, int version, String status, String firstTypist,
                      String secondTypist, java.time.Instant changedAt) {
    }

    private static StateRow stateRow(ResultSet rs) throws SQLException {
        return new StateRow(rs.getInt("version"), rs.getString("status"), rs.getString("first_typist"),
                rs.getObject("first_entry_id", Long.class), rs.getString("second_typist"),
                rs.getObject("second_entry_id", Long.class), rs.getTimestamp("changed_at").toInstant());
    }
}
