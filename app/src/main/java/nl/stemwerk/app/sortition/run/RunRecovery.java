package nl.stemwerk.app.sortition.run;

import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * At start-up, before requests are served: runs still waiting or computing in the database were stopped with the
 * server (a kill leaves them RUNNING). They become cancelled and interrupted, so the page says so and offers to
 * resume from the last stored checkpoint. Runs this server holds are left alone.
 */
@Component
class RunRecovery implements SmartInitializingSingleton {
    private final RunRepository runs;
    private final RunTransitions transitions;
    private final RunQueue queue;

    private final boolean enabled;

    RunRecovery(RunRepository runs, RunTransitions transitions, RunQueue queue,
                @Value("${stemwerk.startup-tasks:true}") boolean enabled) {
        this.runs = runs;
        this.transitions = transitions;
        this.queue = queue;
        this.enabled = enabled;
    }

    /** Not in a command-line tool's context: the server may be running on the same database. */
    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            recoverInterrupted();
        }
    }

    void recoverInterrupted() {
        for (SortitionRun run : runs.active()) {
            if (!queue.holds(run.id())) {
                try {
                    transitions.cancelled(run.id(), Optional.empty(), true);
                } catch (InvalidInput | OptimisticLockingFailureException e) {
                    // it finished or was cancelled meanwhile: nothing to recover
                }
            }
        }
    }
}
