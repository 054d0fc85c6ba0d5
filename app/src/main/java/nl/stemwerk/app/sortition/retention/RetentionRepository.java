package nl.stemwerk.app.sortition.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code sortition_retention} (V306), and the emptying of {@code sortition_assembly.pool_csv}. */
@Repository
class RetentionRepository {
    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Retention> find(long assemblyId) {
        return jdbc.sql("""
                select assembly_id, last_meeting, retain_until, set_by, personal_data_deleted_at
                from sortition_retention where assembly_id = ?""").param(assemblyId)
                .query((rs, n) -> {
                    Timestamp deleted = rs.getTimestamp("personal_data_deleted_at");
                    return new Retention(rs.getLong("assembly_id"), rs.getObject("last_meeting", LocalDate.class),
                            rs.getObject("retain_until", LocalDate.class), rs.getString("set_by"),
                            Optional.ofNullable(deleted).map(Timestamp::toInstant));
                }).optional();
    }

    /** Sets the dates, as long as the data is not deleted yet. */
    void store(long assemblyId, LocalDate lastMeeting, LocalDate retainUntil, String setBy) {
        int rows = jdbc.sql("""
                insert into sortition_retention (assembly_id, last_meeting, retain_until, set_by)
                values (?, ?, ?, ?)
                on conflict (assembly_id) do update set last_meeting = excluded.last_meeting,
                    retain_until = excluded.retain_until, set_by = excluded.set_by
                where sortition_retention.personal_data_deleted_at is null""")
                .params(assemblyId, lastMeeting, retainUntil, setBy).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("sortition_retention " + assemblyId + " is deleted");
        }
    }

    /** The assemblies whose last day of keeping lies before {@code today} and whose data is still there. */
    List<Long> due(LocalDate today) {
        return jdbc.sql("""
                select assembly_id from sortition_retention
                where retain_until < ? and personal_data_deleted_at is null order by assembly_id""")
                .param(today).query(Long.class).list();
    }

    /** Empties the pool file and marks the deletion, once. */
    void deletePersonalData(long assemblyId, Instant at) {
        int rows = jdbc.sql("""
                update sortition_retention set personal_data_deleted_at = ?
                where assembly_id = ? and personal_data_deleted_at is null""")
                .params(Timestamp.from(at), assemblyId).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("sortition_retention " + assemblyId + " already deleted");
        }
        jdbc.sql("update sortition_assembly set pool_csv = '' where id = ?").param(assemblyId).update();
    }
}
