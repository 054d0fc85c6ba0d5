package nl.stemwerk.app.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log in table {@code audit_log}. A trigger in the database refuses UPDATE,
 * DELETE and TRUNCATE. Appending requires a running transaction, so the audit row commits or rolls back with the
 * change it describes; use {@link ChangeService} rather than this class directly.
 */
@Repository
public class AuditLog {
    /** Serialises writers: each row needs the hash of the row before it. Released at commit or rollback. */
    private static final long CHAIN_LOCK = 0x5354454d57455231L;

    static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(
            rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            rs.getString("action"), rs.getString("subject"), rs.getString("details"),
            rs.getString("previous_hash"), rs.getString("hash"));

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(String actor, Change change) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        var last = jdbc.sql("select sequence, hash from audit_log order by sequence desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long sequence = last.map(row -> (Long) row[0] + 1).orElse(1L);
        String previous = last.map(row -> (String) row[1]).orElse(AuditChain.GENESIS);
        Instant now = AuditChain.storedPrecision(clock.instant());
        String details = CanonicalJson.of(change.details());
        String hash = AuditChain.hash(previous, sequence, now, actor, change.action(), change.subject(), details);
        jdbc.sql("""
                insert into audit_log (sequence, occurred_at, actor, action, subject, details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sequence, Timestamp.from(now), actor, change.action(), change.subject(), details, previous, hash)
                .update();
        return new AuditEntry(sequence, now, actor, change.action(), change.subject(), details, previous, hash);
    }

    /** The hash of the last row: written into a proces-verbaal, it makes a removed tail of the log detectable. */
    @Transactional(readOnly = true)
    public String headHash() {
        return jdbc.sql("select hash from audit_log order by sequence desc limit 1").query(String.class).optional()
                .orElse(AuditChain.GENESIS);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int limit, int offset) {
        return jdbc.sql("select * from audit_log where " + filter.where() + " order by sequence desc limit :limit offset :offset")
                .paramSource(filter.params().addValue("limit", limit).addValue("offset", offset))
                .query(ROW)
                .list();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return jdbc.sql("select count(*) from audit_log where " + filter.where())
                .paramSource(filter.params())
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<String> distinctActions() {
        return jdbc.sql("select distinct action from audit_log order by action").query(String.class).list();
    }

    /** Streams every row in chain order to {@code consumer}, without loading the log into memory. */
    @Transactional(readOnly = true)
    public void forEach(Consumer<AuditEntry> consumer) {
        try (var rows = jdbc.sql("select * from audit_log order by sequence").withFetchSize(1000).query(ROW).stream()) {
            rows.forEach(consumer);
        }
    }
}
