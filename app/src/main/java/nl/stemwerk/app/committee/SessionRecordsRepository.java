package nl.stemwerk.app.committee;

import java.sql.Time;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code session_attendance}, {@code session_objection} and {@code warning_explanation}; inserts only. */
@Repository
class SessionRecordsRepository {
    private final JdbcClient jdbc;

    SessionRecordsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertAttendance(long sessionId, String name, AttendanceFunction function, LocalTime from, LocalTime until,
                          String actor) {
        return jdbc.sql("""
                insert into session_attendance (session_id, name, function, present_from, present_until, recorded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(sessionId, name, function.name(), from == null ? null : Time.valueOf(from),
                        until == null ? null : Time.valueOf(until), actor)
                .query(Long.class).single();
    }

    void withdrawAttendance(long sessionId, long attendanceId, String actor) {
        jdbc.sql("""
                insert into session_attendance (session_id, name, function, withdraws, recorded_by)
                select session_id, name, function, id, ? from session_attendance where id = ? and session_id = ?""")
                .params(actor, attendanceId, sessionId).update();
    }

    /** Present members: every row that is not a withdrawal and was not withdrawn, in the order recorded. */
    List<Attendance> attendance(long sessionId) {
        return jdbc.sql("""
                select a.* from session_attendance a
                where a.session_id = ? and a.withdraws is null
                  and not exists (select 1 from session_attendance w where w.withdraws = a.id)
                order by a.id""").param(sessionId)
                .query((rs, n) -> new Attendance(rs.getLong("id"), rs.getString("name"),
                        AttendanceFunction.valueOf(rs.getString("function")),
                        rs.getTime("present_from") == null ? null : rs.getTime("present_from").toLocalTime(),
                        rs.getTime("present_until") == null ? null : rs.getTime("present_until").toLocalTime()))
                .list();
    }

    void insertObjection(long sessionId, Long stationId, String text, String actor) {
        jdbc.sql("insert into session_objection (session_id, election_station_id, text, recorded_by) values (?, ?, ?, ?)")
                .params(sessionId, stationId, text, actor).update();
    }

    List<Objection> objections(long sessionId) {
        return jdbc.sql("""
                select o.id, o.text, o.recorded_at, s.number, s.name from session_objection o
                left join election_station s on s.id = o.election_station_id
                where o.session_id = ? order by coalesce(s.number, 0), o.id""").param(sessionId)
                .query((rs, n) -> new Objection(rs.getLong("id"), rs.getObject("number", Integer.class),
                        rs.getString("name"), rs.getString("text"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void insertExplanation(long dataEntryId, String code, String explanation, String actor) {
        jdbc.sql("insert into warning_explanation (data_entry_id, code, explanation, recorded_by) values (?, ?, ?, ?)")
                .params(dataEntryId, code, explanation, actor).update();
    }

    /** The latest explanation per data entry and code of a session: "dataEntryId:code" to the text. */
    Map<String, String> explanations(long sessionId) {
        Map<String, String> latest = new java.util.HashMap<>();
        jdbc.sql("""
                select w.data_entry_id, w.code, w.explanation from warning_explanation w
                join data_entry d on d.id = w.data_entry_id
                where d.session_id = ? order by w.id""").param(sessionId)
                .query(rs -> {
                    latest.put(rs.getLong("data_entry_id") + ":" + rs.getString("code"), rs.getString("explanation"));
                });
        return latest;
    }
}
