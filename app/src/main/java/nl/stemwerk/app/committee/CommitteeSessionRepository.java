package nl.stemwerk.app.committee;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code committee_session} and its append-only history {@code committee_session_state}. */
@Repository
class CommitteeSessionRepository {
    private static final String CURRENT = """
            select s.id, s.election_id, s.committee, s.number, st.version, st.status, st.location, st.session_date,
                   st.session_time, st.typists, st.changed_by, st.changed_at
            from committee_session s
            join lateral (select * from committee_session_state x where x.session_id = s.id
                          order by x.version desc limit 1) st on true
            """;

    private final JdbcClient jdbc;

    CommitteeSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long electionId, Committee committee, int number) {
        return jdbc.sql("insert into committee_session (election_id, committee, number) values (?, ?, ?) returning id")
                .params(electionId, committee.name(), number).query(Long.class).single();
    }

    /**
     * Stores {@code session} as the next version. When someone else stored that version first, nothing is written
     * and the caller gets an {@link OptimisticLockingFailureException}.
     */
    void append(CommitteeSession session, String actor) {
        try {
            jdbc.sql("""
                    insert into committee_session_state (session_id, version, status, location, session_date,
                                                         session_time, typists, changed_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(session.id(), session.version(), session.status().name(), session.location(),
                            session.date() == null ? null : Date.valueOf(session.date()),
                            session.time() == null ? null : Time.valueOf(session.time()),
                            session.typists().toArray(String[]::new), actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("session " + session.id() + " changed meanwhile", e);
        }
    }

    Optional<CommitteeSession> find(long sessionId) {
        return jdbc.sql(CURRENT + " where s.id = ?").param(sessionId).query((rs, n) -> map(rs)).optional();
    }

    List<CommitteeSession> ofElection(long electionId) {
        return jdbc.sql(CURRENT + " where s.election_id = ? order by s.committee desc, s.number").param(electionId)
                .query((rs, n) -> map(rs)).list();
    }

    private static CommitteeSession map(ResultSet rs) throws SQLException {
        Date date = rs.getDate("session_date");
        Time time = rs.getTime("session_time");
        Array typists = rs.getArray("typists");
        return new CommitteeSession(rs.getLong("id"), rs.getLong("election_id"),
                Committee.valueOf(rs.getString("committee")), rs.getInt("number"), rs.getInt("version"),
                CommitteeSessionStatus.valueOf(rs.getString("status")), rs.getString("location"),
                date == null ? null : date.toLocalDate(), time == null ? null : time.toLocalTime(),
                typists == null ? List.of() : Arrays.asList((String[]) typists.getArray()),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }
}
