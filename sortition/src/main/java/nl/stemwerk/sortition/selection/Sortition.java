package nl.stemwerk.sortition.selection;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.internal.CanonicalText;
import nl.stemwerk.sortition.internal.Checkpoints;
import nl.stemwerk.sortition.internal.Groups;
import nl.stemwerk.sortition.internal.LotteryAssembler;
import nl.stemwerk.sortition.internal.LotterySearch;
import nl.stemwerk.sortition.internal.PanelModel;
import nl.stemwerk.sortition.internal.QuotaRelaxation;
import nl.stemwerk.sortition.internal.SearchCancelled;
import nl.stemwerk.sortition.internal.SearchResult;
import nl.stemwerk.sortition.internal.SearchState;
import nl.stemwerk.sortition.internal.Sha256;
import nl.stemwerk.sortition.quota.QuotaCheck;
import nl.stemwerk.sortition.solver.SolverBackend;
import nl.stemwerk.sortition.solver.ortools.OrToolsBackend;

/**
 * The entry point: checks the quotas and computes the fair lottery for a selection problem.
 *
 * <pre>{@code
 * Sortition sortition = Sortition.withOrTools();
 * switch (sortition.compute(problem, SelectionOptions.leximin())) {
 *     case SelectionOutcome.Computed computed -> publish(computed.lottery());
 *     case SelectionOutcome.InfeasibleQuotas advice -> show(advice.message());
 *     case SelectionOutcome.Cancelled cancelled -> save(cancelled.checkpoint().toText());
 * }
 * }</pre>
 */
public final class Sortition {
    private final SolverBackend backend;

    public Sortition(SolverBackend backend) {
        this.backend = backend;
    }

    /** With OR-Tools: GLOP for the linear programs, CBC for the integer programs. */
    public static Sortition withOrTools() {
        return new Sortition(OrToolsBackend.standard());
    }

    public SolverBackend backend() {
        return backend;
    }

    /** Whether some panel meets the quotas; if not, why and how to widen them. */
    public Optional<SelectionOutcome.InfeasibleQuotas> checkQuotas(SelectionProblem problem) {
        return checkQuotas(Groups.of(problem));
    }

    public SelectionOutcome compute(SelectionProblem problem, SelectionOptions options) {
        options.listener().progress(new SelectionProgress(SelectionPhase.CHECKING_QUOTAS, 0, 0,
                problem.pool().size(), Double.NaN));
        Groups groups = Groups.of(problem);
        Optional<SelectionOutcome.InfeasibleQuotas> infeasible = checkQuotas(groups);
        if (infeasible.isPresent()) {
            return infeasible.get();
        }
        String problemHash = Sha256.hex(CanonicalText.problem(groups));
        Algorithm algorithm = options.algorithm();
        SearchState state = options.resumeFrom()
                .map(checkpoint -> Checkpoints.restore(groups, problemHash, algorithm, checkpoint))
                .orElseGet(() -> new SearchState(groups.size()));
        int warmUp = options.warmUpRounds() >= 0 ? options.warmUpRounds() : LotterySearch.defaultWarmUpRounds(groups);
        long deadline = options.timeBudget().map(budget -> System.nanoTime() + budget.toNanos()).orElse(0L);
        BooleanSupplier outOfTime = options.timeBudget().isEmpty() ? () -> false
                : () -> System.nanoTime() - deadline >= 0;
        LotterySearch search = new LotterySearch(groups, backend, options.listener(), options.cancellation(),
                saved -> options.listener().checkpoint(Checkpoints.of(groups, problemHash, algorithm, saved)),
                outOfTime);
        SearchResult result;
        try {
            result = search.run(algorithm, state, warmUp);
        } catch (SearchCancelled cancelled) {
            return new SelectionOutcome.Cancelled(
                    Checkpoints.of(groups, problemHash, algorithm, cancelled.state()));
        }
        Lottery lottery = LotteryAssembler.fromSearch(groups, algorithm, backend.description(), result);
        options.listener().progress(new SelectionProgress(SelectionPhase.DONE, result.panels().size(),
                problem.pool().size(), problem.pool().size(), lottery.fairness().minimum()));
        double lowest = lottery.fairness().minimum();
        Optimality optimality = new Optimality(result.status(),
                result.status() == Optimality.Status.NOT_PROVEN ? Math.max(result.lowestBound(), lowest) : lowest);
        return new SelectionOutcome.Computed(lottery, result.statistics(), optimality);
    }

    private Optional<SelectionOutcome.InfeasibleQuotas> checkQuotas(Groups groups) {
        SelectionProblem problem = groups.problem();
        List<Problem> reasons = QuotaCheck.problems(problem.quotas(), problem.pool(), problem.panelSize());
        boolean feasible;
        try (PanelModel model = new PanelModel(groups, backend)) {
            feasible = reasons.isEmpty() && model.any().isPresent();
        }
        if (feasible) {
            return Optional.empty();
        }
        return Optional.of(new SelectionOutcome.InfeasibleQuotas(reasons, QuotaRelaxation.advise(groups, backend)));
    }
}
