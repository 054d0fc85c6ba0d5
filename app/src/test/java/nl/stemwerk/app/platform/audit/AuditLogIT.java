package nl.stemwerk.app.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

/** The audit log in the real database: append-only, chained, and written in the same transaction as the change. */
@StemwerkSpringTest
class AuditLogIT {
    @Autowired
    ChangeService changes;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncateOfAuditRows() {
        changes.applyAsSystem(new Change("test.rij", "test:1", Map.of("a", 1)), () -> 0);
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'iemand'").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("append-only"));
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("append-only"));
    }

    @Test
    void aFailingChangeLeavesNoAuditRowAndAFailingAuditLeavesNoChange() {
        long before = count();
        assertThatThrownBy(() -> changes.applyAsSystem(new Change("test.mislukt", "test:2", Map.of()), () -> {
            jdbc.sql("insert into municipality (cbs_code, name) values ('GM9990', 'Testgemeente')").update();
            throw new IllegalStateException("de wijziging faalt");
        })).hasMessage("de wijziging faalt");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from municipality where cbs_code = 'GM9990'").query(Long.class).single()).isZero();

        // details that cannot be written as JSON make the audit append fail: the change must roll back too
        Object unserialisable = new Object() {
            @SuppressWarnings("unused")
            public Object getSelf() {
                throw new IllegalStateException("kan niet");
            }
        };
        assertThatThrownBy(() -> changes.applyAsSystem(new Change("test.mislukt", "test:3", unserialisable), () ->
                jdbc.sql("insert into municipality (cbs_code, name) values ('GM9991', 'Testgemeente')").update()))
                .isNotNull();
        assertThat(jdbc.sql("select count(*) from municipality where cbs_code = 'GM9991'").query(Long.class).single()).isZero();
    }

    @Test
    void appendingOutsideATransactionIsImpossible() {
        assertThatThrownBy(() -> auditLog.append("iemand", new Change("test.los", "test:4", Map.of())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void concurrentWritersStillProduceOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            futures.add(pool.submit(() -> changes.applyAsSystem(new Change("test.gelijktijdig", "test:" + n, Map.of("n", n)), () -> n)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        AuditChain.Verifier verifier = AuditChain.verifier();
        List<AuditChain.BrokenLink> broken = new ArrayList<>();
        auditLog.forEach(entry -> verifier.check(entry).ifPresent(broken::add));
        assertThat(broken).isEmpty();
        assertThat(verifier.checked()).isEqualTo(count());
    }

    @Test
    void theStoredRowHashesToWhatWasComputedBeforeTheInsert() {
        changes.applyAsSystem(new Change("test.terug", "test:5", Map.of("z", "laatste", "a", "eerste")), () -> 0);
        AuditEntry written = lastRow();
        assertThat(written.details()).isEqualTo("{\"a\":\"eerste\",\"z\":\"laatste\"}");
        assertThat(AuditChain.hash(written.previousHash(), written.sequence(), written.occurredAt(), written.actor(),
                written.action(), written.subject(), written.details())).isEqualTo(written.hash());
    }

    private AuditEntry lastRow() {
        Optional<AuditEntry> last = jdbc.sql("select * from audit_log order by sequence desc limit 1").query(AuditLog.ROW).optional();
        return last.orElseThrow();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }
}
