package nl.stemwerk.app.sortition.run;

import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.sortition.web.StoredAssembly;
import nl.stemwerk.sortition.selection.Algorithm;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The griffie's actions on a background run: start, cancel, resume. The computation itself happens on the queue's
 * thread ({@link RunWorker}); the page polls {@link #latest}.
 */
@Service
public class RunService {
    private final RunRepository runs;
    private final RunTransitions transitions;
    private final RunQueue queue;
    private final AssemblyService assemblies;

    RunService(RunRepository runs, RunTransitions transitions, RunQueue queue, AssemblyService assemblies) {
        this.runs = runs;
        this.transitions = transitions;
        this.queue = queue;
        this.assemblies = assemblies;
    }

    /** Queues a run of the assembly at {@code version}; it starts after this transaction commits. */
    @Transactional
    public long start(long assemblyId, int version, Algorithm algorithm) {
        long runId = queue(assemblyId, version, algorithm);
        queue.submitAfterCommit(runId);
        return runId;
    }

    /** A waiting run stops at once; a running one at its next check, keeping its checkpoint. */
    @Transactional
    public void cancel(long runId) {
        SortitionRun run = transitions.get(runId);
        if (run.state() == RunState.RUNNING && queue.cancel(runId)) {
            transitions.cancelRequested(run);
        } else {
            transitions.cancelled(runId, Optional.empty(), false);
        }
    }

    /** Queues a cancelled run again; it continues from its checkpoint when it has one. */
    @Transactional
    public void resume(long runId) {
        SortitionRun run = transitions.get(runId);
        StoredAssembly assembly = assemblies.get(run.assemblyId());
        requireCanRun(assembly);
        queue.requireRoom();
        try {
            transitions.resumed(run, assembly.version());
        } catch (DuplicateKeyException e) {
            throw alreadyRunning();
        }
        queue.submitAfterCommit(runId);
    }

    public Optional<SortitionRun> latest(long assemblyId) {
        return runs.latest(assemblyId);
    }

    public SortitionRun get(long runId) {
        return transitions.get(runId);
    }

    /** Stores the run and its audit row without handing it to the queue (the service tests run it themselves). */
    long queue(long assemblyId, int version, Algorithm algorithm) {
        StoredAssembly assembly = assemblies.get(assemblyId);
        if (assembly.version() != version) {
            throw new OptimisticLockingFailureException("sortition_assembly " + assemblyId + " changed");
        }
        requireCanRun(assembly);
        queue.requireRoom();
        try {
            return transitions.queued(assemblyId, version, algorithm);
        } catch (DuplicateKeyException e) {
            throw alreadyRunning();
        }
    }

    private void requireCanRun(StoredAssembly assembly) {
        if (assembly.drawn()) {
            throw InvalidInput.of("algorithm", "Er is al getrokken. De loting kan niet meer veranderen.");
        }
        if (runs.latest(assembly.id()).filter(run -> run.state().active()).isPresent()) {
            throw alreadyRunning();
        }
    }

    private static InvalidInput alreadyRunning() {
        return InvalidInput.of("algorithm", "Er loopt al een berekening voor dit burgerberaad. Wacht tot die klaar"
                + " is, of annuleer hem.");
    }
}
