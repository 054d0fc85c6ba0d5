package nl.stemwerk.app.sortition.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Lottery;
import org.springframework.stereotype.Service;

/**
 * Every state change of a run, each with its audit row in one transaction (subject {@code burgerberaad:id}, the
 * run's id in the details). The actor is whoever the calling thread runs as: the griffie who started or resumed the
 * run (the queue passes the login on to the computing thread), or {@code systeem} at start-up.
 */
@Service
class RunTransitions {
    private final RunRepository runs;
    private final AssemblyService assemblies;
    private final ChangeService changes;

    RunTransitions(RunRepository runs, AssemblyService assemblies, ChangeService changes) {
        this.runs = runs;
        this.assemblies = assemblies;
        this.changes = changes;
    }

    SortitionRun get(long runId) {
        return runs.find(runId).orElseThrow(() -> InvalidInput.of("run", "Deze berekening bestaat niet."));
    }

    long queued(long assemblyId, int assemblyVersion, Algorithm algorithm) {
        return changes.apply(new Change("burgerberaad.berekening-gestart", AssemblyService.subject(assemblyId),
                Map.of("methode", algorithm.name())), () -> runs.insert(assemblyId, algorithm, assemblyVersion));
    }

    SortitionRun started(long runId) {
        return move(get(runId), "burgerberaad.berekening-begonnen", RunState::start, false, Optional.empty(),
                Optional.empty(), Map.of());
    }

    /**
     * The lottery goes where a synchronous computation put it, with the same audit row; {@code notProven} says, in
     * Dutch, that the time budget ran out and how far from optimal the lottery can be.
     */
    void computed(long runId, Lottery lottery, Optional<String> notProven) {
        SortitionRun run = get(runId);
        RunState to = run.state().compute();
        assemblies.storeLottery(run.assemblyId(), run.assemblyVersion(), run.algorithm(), lottery,
                () -> runs.changeState(run, to, false, notProven, Optional.empty()));
    }

    void infeasible(long runId, String dutchAdvice) {
        move(get(runId), "burgerberaad.loting-onmogelijk", RunState::infeasible, false, Optional.of(dutchAdvice),
                Optional.empty(), Map.of());
    }

    void failed(long runId, String dutchReason) {
        move(get(runId), "burgerberaad.berekening-mislukt", RunState::fail, false, Optional.of(dutchReason),
                Optional.empty(), Map.of("reden", dutchReason));
    }

    /** Cancelled by the griffie (through the token) or by a server stop; the checkpoint is kept. */
    void cancelled(long runId, Optional<String> checkpoint, boolean interrupted) {
        SortitionRun run = get(runId);
        move(run, interrupted ? "burgerberaad.berekening-onderbroken" : "burgerberaad.berekening-geannuleerd",
                interrupted ? RunState::interrupt : RunState::cancel, interrupted, Optional.empty(), checkpoint,
                Map.of("tussenresultaatBewaard", checkpoint.isPresent() || run.checkpoint().isPresent()));
    }

    /** The griffie asked a running computation to stop; it stops between two solver calls. */
    void cancelRequested(SortitionRun run) {
        run.state().cancel();
        changes.apply(new Change("burgerberaad.annuleren-gevraagd", AssemblyService.subject(run.assemblyId()),
                Map.of("berekening", run.id())), () -> { });
    }

    /**
     * Queued again at the assembly's current version: its files never change, so the checkpoint still fits, and a
     * lottery stored by another run meanwhile is one the griffie chose to replace by resuming.
     */
    void resumed(SortitionRun run, int assemblyVersion) {
        changes.apply(new Change("burgerberaad.berekening-hervat", AssemblyService.subject(run.assemblyId()),
                details(run, RunState.QUEUED, Map.of("vanafTussenresultaat", run.checkpoint().isPresent()))),
                () -> runs.requeue(run, assemblyVersion));
    }

    private SortitionRun move(SortitionRun run, String action, UnaryOperator<RunState> arrow, boolean interrupted,
                              Optional<String> message, Optional<String> checkpoint, Map<String, Object> extra) {
        RunState to = arrow.apply(run.state());
        changes.apply(new Change(action, AssemblyService.subject(run.assemblyId()), details(run, to, extra)),
                () -> runs.changeState(run, to, interrupted, message, checkpoint));
        return get(run.id());
    }

    private static Map<String, Object> details(SortitionRun run, RunState to, Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("berekening", run.id());
        details.put("stand", to.name());
        details.putAll(extra);
        return details;
    }
}
