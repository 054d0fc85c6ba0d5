package nl.stemwerk.app.budget.votingcode;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code voting_code_batch} and {@code voting_code}. */
@Repository
class VotingCodeRepository {
    /** What the database knows of a typed code. */
    record Found(boolean used, boolean withdrawn) {
    }

    private final JdbcClient jdbc;

    VotingCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertBatch(VoteTarget target, int size, CodeBatch.Per per, String createdBy) {
        return jdbc.sql("insert into voting_code_batch (" + column(target) + ", size, per, created_by)"
                        + " values (?, ?, ?, ?) returning id")
                .params(target.id(), size, per.name(), createdBy).query(Long.class).single();
    }

    /** False when the hash exists already (a repeated random code); the caller draws another. */
    boolean insertCode(long batchId, byte[] hash) {
        return jdbc.sql("insert into voting_code (batch_id, code_hash) values (?, ?) on conflict do nothing")
                .params(batchId, hash).update() == 1;
    }

    Optional<Found> find(VoteTarget target, byte[] hash) {
        return jdbc.sql("select c.used, b.withdrawn from voting_code c join voting_code_batch b on b.id = c.batch_id"
                        + " where c.code_hash = ? and b." + column(target) + " = ?")
                .params(hash, target.id()).query((rs, n) -> new Found(rs.getBoolean(1), rs.getBoolean(2))).optional();
    }

    /** Marks the code used; false when it was used (or withdrawn) in the meantime. */
    boolean markUsed(VoteTarget target, byte[] hash) {
        return jdbc.sql("update voting_code c set used = true from voting_code_batch b where b.id = c.batch_id"
                        + " and c.code_hash = ? and b." + column(target) + " = ? and not c.used and not b.withdrawn")
                .params(hash, target.id()).update() == 1;
    }

    List<CodeBatch> batches(VoteTarget target) {
        return jdbc.sql("select b.*, (select count(*) from voting_code c where c.batch_id = b.id and c.used) as used"
                        + " from voting_code_batch b where b." + column(target) + " = ? order by b.id")
                .param(target.id())
                .query((rs, n) -> new CodeBatch(rs.getLong("id"), rs.getInt("size"),
                        CodeBatch.Per.valueOf(rs.getString("per")), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("withdrawn"), rs.getLong("used")))
                .list();
    }

    boolean withdraw(VoteTarget target, long batchId) {
        return jdbc.sql("update voting_code_batch set withdrawn = true where id = ? and " + column(target) + " = ?"
                        + " and not withdrawn")
                .params(batchId, target.id()).update() == 1;
    }

    private static String column(VoteTarget target) {
        return target.kind() == VoteTarget.Kind.BUDGET ? "budget_id" : "preferendum_id";
    }
}
