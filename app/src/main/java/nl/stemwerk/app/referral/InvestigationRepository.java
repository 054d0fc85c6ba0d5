package nl.stemwerk.app.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.kieswet.committee.InvestigationStatus;
import nl.stemwerk.kieswet.entry.EntryModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code investigation}, {@code investigation_state} and {@code correction}; only inserts. */
@Repository
class InvestigationRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final String CURRENT = """
            select i.*, es.number as station_number, st.version, st.status, st.findings, st.recounted,
                   st.corrected_parts
            from investigation i
            join election_station es on es.id = i.election_station_id
            join lateral (select * from investigation_state x where x.investigation_id = i.id
                          order by x.version desc limit 1) st on true
            """;

    private final JdbcClient jdbc;

    InvestigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long stationId, long csbSessionId, long gsbSessionId, String reason, String actor,
                boolean addsStation) {
        try {
            return jdbc.sql("""
                    insert into investigation (election_station_id, ordered_in_session, gsb_session_id, reason, ordered_by,
                                               adds_station)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(stationId, csbSessionId, gsbSessionId, reason, actor, addsStation).query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("station " + stationId + " is already investigated", e);
        }
    }

    /** Stores the next state; of two changes on the same version one fails. */
    void appendState(long investigationId, int version, InvestigationStatus status, String findings,
                     Boolean recounted, List<String> correctedParts, String actor) {
        try {
            jdbc.sql("""
                    insert into investigation_state (investigation_id, version, status, findings, recounted,
                                                     corrected_parts, actor)
                    values (?, ?, ?, ?, ?, ?::text[], ?)""")
                    .params(investigationId, version, status.name(), findings, recounted,
                            correctedParts.isEmpty() ? null : "{" + String.join(",", correctedParts) + "}", actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("investigation " + investigationId + " changed meanwhile", e);
        }
    }

    Optional<Investigation> find(long id) {
        return jdbc.sql(CURRENT + "where i.id = ?").param(id).query((rs, n) -> investigation(rs)).optional();
    }

    List<Investigation> ofSession(long gsbSessionId) {
        return jdbc.sql(CURRENT + "where i.gsb_session_id = ? order by es.number").param(gsbSessionId)
                .query((rs, n) -> investigation(rs)).list();
    }

    /** The last definitive entry of a station in a GSB session before {@code beforeSessionNumber}. */
    Optional<DefinitiveEntry> earlierDefinitive(long stationId, int beforeSessionNumber) {
        return jdbc.sql("""
                select d.id, r.fields
                from data_entry d
                join committee_session s on s.id = d.session_id
                join lateral (select * from data_entry_state x where x.data_entry_id = d.id
                              order by x.version desc limit 1) st on true
                join report_entry r on r.id = st.second_entry_id
                where d.election_station_id = ? and s.committee = 'GSB' and s.number < ? and st.status = 'DEFINITIVE'
                order by s.number desc limit 1""").params(stationId, beforeSessionNumber)
                .query((rs, n) -> new DefinitiveEntry(rs.getLong("id"),
                        JSON.readValue(rs.getString("fields"), FIELDS))).optional();
    }

    record DefinitiveEntry(long dataEntryId, Map<String, String> fields) {
    }

    /**
     * The correction record: the data entry of the later session (made here when missing) that replaces
     * {@code corrects}, or ({@code null}) the first entry of a station added in this session.
     */
    void ensureCorrection(long investigationId, long sessionId, long stationId, Long corrects, EntryModel model) {
        jdbc.sql("""
                insert into data_entry (session_id, election_station_id, model) values (?, ?, ?)
                on conflict (session_id, coalesce(election_station_id, 0)) do nothing""")
                .params(sessionId, stationId, model.name()).update();
        jdbc.sql("""
                insert into correction (data_entry_id, investigation_id, corrects)
                select id, ?, ? from data_entry where session_id = ? and election_station_id = ?
                on conflict (data_entry_id) do nothing""")
                .params(investigationId, corrects, sessionId, stationId).update();
    }

    /** The stations of the election that a later GSB session added on the CSB's order. */
    Set<Long> addedStations(long electionId) {
        return Set.copyOf(jdbc.sql("""
                select i.election_station_id from investigation i
                join election_station es on es.id = i.election_station_id
                where es.election_id = ? and i.adds_station""").param(electionId).query(Long.class).list());
    }

    private static List<String> parts(java.sql.Array parts) throws java.sql.SQLException {
        return parts == null ? List.of() : List.of((String[]) parts.getArray());
    }

    private static Investigation investigation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Investigation(rs.getLong("id"), rs.getLong("election_station_id"), rs.getInt("station_number"),
                rs.getLong("gsb_session_id"), rs.getString("reason"), rs.getInt("version"),
                InvestigationStatus.valueOf(rs.getString("status")), rs.getString("findings"),
                rs.getObject("recounted", Boolean.class), parts(rs.getArray("corrected_parts")),
                rs.getString("ordered_by"), rs.getTimestamp("ordered_at").toInstant(), rs.getBoolean("adds_station"));
    }
}
