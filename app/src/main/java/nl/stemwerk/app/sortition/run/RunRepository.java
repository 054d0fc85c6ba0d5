package nl.stemwerk.app.sortition.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.SelectionProgress;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code sortition_run}. State changes check the version they were read at. */
@Repository
class RunRepository {
    private static final String COLUMNS = "id, assembly_id, algorithm, state, assembly_version, interrupted, phase,"
            + " panels_found, settled_volunteers, volunteers, lowest_probability, checkpoint, message, version";
    private final JdbcClient jdbc;

    RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long assemblyId, Algorithm algorithm, int assemblyVersion) {
        return jdbc.sql("""
                insert into sortition_run (assembly_id, algorithm, state, assembly_version)
                values (?, ?, 'QUEUED', ?) returning id""")
                .params(assemblyId, algorithm.name(), assemblyVersion).query(Long.class).single();
    }

    Optional<SortitionRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sortition_run where id = ?").param(id).query(this::row)
                .optional();
    }

    Optional<SortitionRun> latest(long assemblyId) {
        return jdbc.sql("select " + COLUMNS + " from sortition_run where assembly_id = ? order by id desc limit 1")
                .param(assemblyId).query(this::row).optional();
    }

    List<SortitionRun> active() {
        return jdbc.sql("select " + COLUMNS + " from sortition_run where state in ('QUEUED', 'RUNNING') order by id")
                .query(this::row).list();
    }

    /** Moves the run to {@code to} with this message (empty clears it); the checkpoint is replaced only when given. */
    void changeState(SortitionRun run, RunState to, boolean interrupted, Optional<String> message,
                     Optional<String> checkpoint) {
        check(jdbc.sql("""
                update sortition_run set state = ?, interrupted = ?, message = ?,
                    checkpoint = coalesce(?, checkpoint), version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(to.name(), interrupted, message.orElse(null), checkpoint.orElse(null), run.id(),
                        run.version()).update(), run.id());
    }

    /** Queues a cancelled run again at the assembly's current version, clearing the message and the interruption. */
    void requeue(SortitionRun run, int assemblyVersion) {
        check(jdbc.sql("""
                update sortition_run set state = ?, interrupted = false, message = null, assembly_version = ?,
                    version = version + 1, updated_at = now() where id = ? and version = ?""")
                .params(run.state().resume().name(), assemblyVersion, run.id(), run.version()).update(), run.id());
    }

    /** Progress is written by the computing thread only, so it does not bump the version. */
    void storeProgress(long id, SelectionProgress progress) {
        jdbc.sql("""
                update sortition_run set phase = ?, panels_found = ?, settled_volunteers = ?, volunteers = ?,
                    lowest_probability = ?, updated_at = now() where id = ? and state = 'RUNNING'""")
                .params(progress.phase().name(), progress.panelsFound(), progress.settledVolunteers(),
                        progress.volunteers(), Double.isNaN(progress.lowestProbability()) ? null
                                : progress.lowestProbability(), id).update();
    }

    void storeCheckpoint(long id, String checkpoint) {
        jdbc.sql("update sortition_run set checkpoint = ?, updated_at = now() where id = ? and state = 'RUNNING'")
                .params(checkpoint, id).update();
    }

    private static void check(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("sortition_run " + id + " changed");
        }
    }

    private SortitionRun row(ResultSet rs, int rowNum) throws SQLException {
        double lowest = rs.getDouble("lowest_probability");
        Optional<Double> lowestProbability = rs.wasNull() ? Optional.empty() : Optional.of(lowest);
        return new SortitionRun(rs.getLong("id"), rs.getLong("assembly_id"), Algorithm.valueOf(rs.getString("algorithm")),
                RunState.valueOf(rs.getString("state")), rs.getInt("assembly_version"), rs.getBoolean("interrupted"),
                Optional.ofNullable(rs.getString("phase")), rs.getInt("panels_found"),
                rs.getInt("settled_volunteers"), rs.getInt("volunteers"), lowestProbability,
                Optional.ofNullable(rs.getString("checkpoint")), Optional.ofNullable(rs.getString("message")),
                rs.getInt("version"));
    }
}
