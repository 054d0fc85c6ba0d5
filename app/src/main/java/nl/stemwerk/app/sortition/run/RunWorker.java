package nl.stemwerk.app.sortition.run;

import java.io.StringReader;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.selection.CancellationToken;
import nl.stemwerk.sortition.selection.Checkpoint;
import nl.stemwerk.sortition.selection.SelectionListener;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.SelectionProgress;
import nl.stemwerk.sortition.selection.Sortition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Computes one queued run on the calling thread: the library with a progress recorder, a token and a checkpoint. */
@Component
class RunWorker {
    private static final Logger LOG = LoggerFactory.getLogger(RunWorker.class);
    static final String CHANGED = "Het burgerberaad is veranderd terwijl de loting werd berekend (er is"
            + " bijvoorbeeld al getrokken). De loting is niet bewaard.";

    private final RunRepository runs;
    private final RunTransitions transitions;
    private final AssemblyService assemblies;
    private final InstantSource clock;
    private final Duration timeBudget;

    /**
     * @param timeBudget after this long a run ends with the best lottery so far, every panel within the quotas, and
     *                   says it is not proven optimal and how far off it can be (a pool like the paper's hardest
     *                   instance does not finish otherwise; decision 0024)
     */
    RunWorker(RunRepository runs, RunTransitions transitions, AssemblyService assemblies,
              @Value("${stemwerk.sortition.time-budget:PT1H}") Duration timeBudget) {
        this.runs = runs;
        this.transitions = transitions;
        this.assemblies = assemblies;
        this.clock = InstantSource.system();
        this.timeBudget = timeBudget;
    }

    /**
     * Runs {@code runId} if it still waits. {@code stopping} tells whether a cancel came from a server stop rather
     * than the griffie; {@code observer} also hears the library (the service tests stop a run at a known point).
     */
    void execute(long runId, CancellationToken token, BooleanSupplier stopping, SelectionListener observer) {
        execute(runId, token, stopping, observer, timeBudget);
    }

    /** As above, with another time budget (the tests use none at all). */
    void execute(long runId, CancellationToken token, BooleanSupplier stopping, SelectionListener observer,
                 Duration budget) {
        SortitionRun run;
        try {
            run = transitions.started(runId);
        } catch (InvalidInput | OptimisticLockingFailureException e) {
            return; // cancelled while it waited
        }
        SelectionOutcome outcome;
        try {
            SelectionProblem problem = assemblies.problem(assemblies.get(run.assemblyId()));
            outcome = Sortition.withOrTools().compute(problem, options(run, token, observer).withTimeBudget(budget));
        } catch (SortitionException | InvalidInput e) {
            transitions.failed(runId, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("Lottery run {} failed", runId, e);
            transitions.failed(runId, "Door een fout in Stemwerk is de berekening gestopt. Begin een nieuwe"
                    + " berekening; gaat het weer mis, meld het dan aan de beheerder.");
            return;
        }
        switch (outcome) {
            case SelectionOutcome.Computed computed -> {
                try {
                    transitions.computed(runId, computed.lottery(), computed.optimality().proven()
                            ? Optional.empty()
                            : Optional.of(computed.optimality().message(computed.lottery().fairness().minimum())));
                } catch (OptimisticLockingFailureException e) {
                    transitions.failed(runId, CHANGED);
                }
            }
            case SelectionOutcome.InfeasibleQuotas advice -> transitions.infeasible(runId, advice.message());
            case SelectionOutcome.Cancelled cancelled -> transitions.cancelled(runId,
                    Optional.of(cancelled.checkpoint().toText()), stopping.getAsBoolean());
        }
    }

    private SelectionOptions options(SortitionRun run, CancellationToken token, SelectionListener observer) {
        ProgressRecorder recorder = new ProgressRecorder(new ProgressRecorder.Sink() {
            @Override
            public void progress(SelectionProgress progress) {
                runs.storeProgress(run.id(), progress);
            }

            @Override
            public void checkpoint(String checkpointText) {
                runs.storeCheckpoint(run.id(), checkpointText);
            }
        }, clock);
        SelectionOptions options = SelectionOptions.of(run.algorithm()).withCancellation(token)
                .withListener(new SelectionListener() {
                    @Override
                    public void progress(SelectionProgress progress) {
                        recorder.progress(progress);
                        observer.progress(progress);
                    }

                    @Override
                    public void checkpoint(Checkpoint checkpoint) {
                        recorder.checkpoint(checkpoint);
                        observer.checkpoint(checkpoint);
                    }
                });
        return run.checkpoint().map(text -> options.resumingFrom(Checkpoint.parse(new StringReader(text))))
                .orElse(options);
    }
}
