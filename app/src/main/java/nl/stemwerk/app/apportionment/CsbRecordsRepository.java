package nl.stemwerk.app.apportionment;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code deceased_candidate} and {@code lot_drawing}; inserts only. */
@Repository
class CsbRecordsRepository {
    private final JdbcClient jdbc;

    CsbRecordsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDeceased(long sessionId, int list, int candidate, String actor) {
        jdbc.sql("""
                insert into deceased_candidate (session_id, list_number, candidate_number, recorded_by)
                values (?, ?, ?, ?)""").params(sessionId, list, candidate, actor).update();
    }

    void withdrawDeceased(long sessionId, long id, String actor) {
        jdbc.sql("""
                insert into deceased_candidate (session_id, list_number, candidate_number, withdraws, recorded_by)
                select session_id, list_number, candidate_number, id, ? from deceased_candidate
                where id = ? and session_id = ?""").params(actor, id, sessionId).update();
    }

    /** Registered and not withdrawn, in list and candidate order: id, list, candidate. */
    List<long[]> deceased(long sessionId) {
        return jdbc.sql("""
                select d.id, d.list_number, d.candidate_number from deceased_candidate d
                where d.session_id = ? and d.withdraws is null
                  and not exists (select 1 from deceased_candidate w where w.withdraws = d.id)
                order by d.list_number, d.candidate_number""").param(sessionId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getInt(3)}).list();
    }

    /** Stores a lot; when another lot was stored with the same sequence first, nothing is written. */
    void insertLot(long sessionId, LotRecord lot, String actor) {
        try {
            jdbc.sql("""
                    insert into lot_drawing (session_id, sequence, article, description, options, chosen, drawn_by,
                                             drawn_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sessionId, lot.sequence(), lot.article(), lot.description(),
                            lot.options().toArray(Integer[]::new), lot.chosen(), lot.drawnBy(),
                            Timestamp.from(lot.drawnAt()), actor)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("lot " + lot.sequence() + " was recorded meanwhile", e);
        }
    }

    List<LotRecord> lots(long sessionId) {
        return jdbc.sql("select * from lot_drawing where session_id = ? order by sequence").param(sessionId)
                .query((rs, n) -> new LotRecord(rs.getInt("sequence"), rs.getString("article"),
                        rs.getString("description"),
                        Arrays.asList((Integer[]) rs.getArray("options").getArray()), rs.getInt("chosen"),
                        rs.getString("drawn_by"), rs.getTimestamp("drawn_at").toInstant()))
                .list();
    }
}
