package nl.stemwerk.app.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs the demo seed steps that have not run yet, each with its record in one transaction. */
@Component
public class DemoSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final List<DemoSeedStep> steps;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public DemoSeeder(List<DemoSeedStep> steps, JdbcClient jdbc, TransactionTemplate transaction) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoSeedStep::order).thenComparing(DemoSeedStep::id)).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Returns the ids of the steps that ran now. */
    public List<String> seedMissing() {
        return steps.stream().filter(step -> Boolean.TRUE.equals(transaction.execute(status -> runOnce(step))))
                .map(DemoSeedStep::id).toList();
    }

    private boolean runOnce(DemoSeedStep step) {
        int inserted = jdbc.sql("insert into demo_seed_step (step_id) values (?) on conflict do nothing")
                .param(step.id()).update();
        if (inserted == 0) {
            return false;
        }
        LOG.info("Demodata: {}", step.id());
        step.seed();
        return true;
    }
}
