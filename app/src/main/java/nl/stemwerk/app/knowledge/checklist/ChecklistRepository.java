package nl.stemwerk.app.knowledge.checklist;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.knowledge.checklist.ElectionSchedule;
import nl.stemwerk.knowledge.checklist.TaskState;
import nl.stemwerk.knowledge.model.Edition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code checklist_instance}, {@code checklist_schedule} and {@code checklist_task_event}. */
@Repository
class ChecklistRepository {
    private static final String SELECT = """
            select i.*, s.version, s.nomination_day, s.election_day, s.gsb_session_day, s.csb_session_day
            from checklist_instance i
            join lateral (select * from checklist_schedule where instance_id = i.id order by version desc limit 1) s
                on true
            """;

    private final JdbcClient jdbc;

    ChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertInstance(String checklistId, Edition edition, Long electionId, String createdBy) {
        return jdbc.sql("insert into checklist_instance (checklist_id, edition, election_id, created_by)"
                        + " values (?, ?, ?, ?) returning id")
                .params(checklistId, edition.code(), electionId, createdBy).query(Long.class).single();
    }

    void insertSchedule(long instanceId, int version, ElectionSchedule schedule, String changedBy) {
        jdbc.sql("""
                insert into checklist_schedule (instance_id, version, nomination_day, election_day, gsb_session_day,
                    csb_session_day, changed_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(instanceId, version, Date.valueOf(schedule.nominationDay()),
                        Date.valueOf(schedule.electionDay()), Date.valueOf(schedule.gsbSessionDay()),
                        Date.valueOf(schedule.csbSessionDay()), changedBy)
                .update();
    }

    boolean exists(String checklistId, Edition edition) {
        return jdbc.sql("select exists (select 1 from checklist_instance where checklist_id = ? and edition = ?)")
                .params(checklistId, edition.code()).query(Boolean.class).single();
    }

    Optional<ChecklistInstance> find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(ChecklistRepository::row).optional();
    }

    List<ChecklistInstance> all() {
        return jdbc.sql(SELECT + " order by s.election_day desc, i.checklist_id").query(ChecklistRepository::row)
                .list();
    }

    boolean usesTemplate(String checklistId) {
        return jdbc.sql("select exists (select 1 from checklist_instance where checklist_id = ?)")
                .param(checklistId).query(Boolean.class).single();
    }

    /** The newest status of every task that ever changed, by task id. */
    Map<String, TaskStatus> statuses(long instanceId) {
        Map<String, TaskStatus> statuses = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (task_id) * from checklist_task_event where instance_id = ?
                order by task_id, version desc""")
                .param(instanceId)
                .query((rs, n) -> new TaskStatus(rs.getString("task_id"), rs.getInt("version"),
                        TaskState.valueOf(rs.getString("state")), rs.getString("assignee"),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list().forEach(status -> statuses.put(status.taskId(), status));
        return statuses;
    }

    void insertTaskEvent(long instanceId, TaskStatus status) {
        jdbc.sql("""
                insert into checklist_task_event (instance_id, task_id, version, state, assignee, changed_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(instanceId, status.taskId(), status.version(), status.state().name(), status.assignee(),
                        status.changedBy())
                .update();
    }

    /** The election day of every checklist instance. */
    List<LocalDate> electionDays() {
        return jdbc.sql("""
                select distinct s.election_day from checklist_instance i
                join lateral (select * from checklist_schedule where instance_id = i.id order by version desc limit 1) s
                    on true""")
                .query((rs, n) -> rs.getDate(1).toLocalDate()).list();
    }

    private static ChecklistInstance row(ResultSet rs, int n) throws SQLException {
        Edition edition = Edition.parse(rs.getString("edition")).orElseThrow();
        ElectionSchedule schedule = new ElectionSchedule(edition, rs.getDate("nomination_day").toLocalDate(),
                rs.getDate("election_day").toLocalDate(), rs.getDate("gsb_session_day").toLocalDate(),
                rs.getDate("csb_session_day").toLocalDate());
        long electionId = rs.getLong("election_id");
        return new ChecklistInstance(rs.getLong("id"), rs.getString("checklist_id"),
                rs.wasNull() ? null : electionId, rs.getInt("version"), schedule, rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
