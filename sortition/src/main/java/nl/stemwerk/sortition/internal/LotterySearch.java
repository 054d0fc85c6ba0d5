package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.CancellationToken;
import nl.stemwerk.sortition.selection.GroupRole;
import nl.stemwerk.sortition.selection.Optimality;
import nl.stemwerk.sortition.selection.SelectionListener;
import nl.stemwerk.sortition.selection.SelectionPhase;
import nl.stemwerk.sortition.selection.SelectionProgress;
import nl.stemwerk.sortition.selection.SelectionStatistics;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * Column generation for LEXIMIN and MAXIMIN (Flanigan et al., Nature 2021, Methods): the master linear program
 * ({@link MasterProgram}) works on the panels found so far; the pricing integer program ({@link PanelModel})
 * looks for a panel that would raise the lowest unfixed probability, until none exists. LEXIMIN then fixes the
 * groups that cannot rise and repeats; MAXIMIN stops after the first level.
 */
public final class LotterySearch {
    /** A new panel must beat the master's bound by more than this; below it the difference is solver noise. */
    static final double PRICING_TOLERANCE = 1e-9;
    /** A group with a dual weight above this is fixed at the level (EPS of the reference code). */
    static final double FIX_THRESHOLD = 5e-4;
    /** Multiplicative-weights factor for members of a panel just found, as in the reference code. */
    static final double WARM_UP_DECAY = 0.8;
    /** Default number of warm-up rounds: three per free group (the reference) but at most this many. */
    static final int MAX_DEFAULT_WARM_UP = 300;
    /** Known panels the swap heuristic starts from in each round. */
    static final int SWAP_STARTS = 5;
    /**
     * A level is settled this far below the master's optimum, in expected seats of the group (so divided by its
     * size), so the next master stays strictly feasible; at the optimum itself GLOP sometimes gave up (ABNORMAL)
     * on rounding noise. Per seat and not per volunteer, because a later level may hand the slack of all the
     * members of a large group to one volunteer: 1e-8 per volunteer gave one volunteer of example_large_200 2e-5
     * more than everybody else.
     */
    static final double SETTLE_SLACK = 1e-8;
    private static final double FIRST_REDUCTION = 1e-7;
    /** Wentges smoothing: the share of the stability centre in the weights a pricing round looks at. */
    static final double SMOOTHING = 0.5;
    private static final int MAX_REDUCTIONS = 10;

    private final Groups groups;
    private final SolverBackend backend;
    private final SelectionListener listener;
    private final CancellationToken cancellation;
    private final Consumer<SearchState> checkpoints;
    private final BooleanSupplier outOfTime;
    private final SwapSearch swaps;
    private final QuotaBound quotaBound;
    private Optimality.Status status = Optimality.Status.PROVEN;
    private double lowestBound = Double.NaN;
    private int pricingCalls;
    private int heuristicPanels;
    private int masterSolves;
    private int levels;
    private int reductions;

    public LotterySearch(Groups groups, SolverBackend backend, SelectionListener listener,
                         CancellationToken cancellation, Consumer<SearchState> checkpoints,
                         BooleanSupplier outOfTime) {
        this.groups = groups;
        this.backend = backend;
        this.listener = listener;
        this.cancellation = cancellation;
        this.checkpoints = checkpoints;
        this.outOfTime = outOfTime;
        this.swaps = new SwapSearch(groups);
        this.quotaBound = QuotaBound.of(groups);
    }

    /** The default warm-up length for these groups. */
    public static int defaultWarmUpRounds(Groups groups) {
        long free = groups.all().stream().filter(group -> group.role() == GroupRole.FREE).count();
        return (int) Math.min(3 * free, MAX_DEFAULT_WARM_UP);
    }

    public SearchResult run(Algorithm algorithm, SearchState state, int warmUpRounds) {
        try (PanelModel pricing = new PanelModel(groups, backend)) {
            if (!state.seeded()) {
                warmUp(pricing, state, warmUpRounds);
                cover(pricing, state);
                state.markSeeded();
                checkpoints.accept(state);
            }
            int[] active = activeGroups(state);
            settleOutsiders(state, active);
            raise(algorithm, pricing, state, active);
            report(SelectionPhase.DIVIDING_TICKETS, state, Double.NaN);
            double[] targets = new double[active.length];
            Arrays.setAll(targets, a -> state.settled(active[a]));
            double[] weights = PanelWeights.solve(state.panels(), active, targets, groups, backend);
            double shortfall = weights[weights.length - 1];
            double[] groupTargets = new double[groups.size()];
            Arrays.setAll(groupTargets, state::settled);
            return new SearchResult(state.panels(), Arrays.copyOf(weights, weights.length - 1), groupTargets,
                    new SelectionStatistics(pricingCalls, heuristicPanels, masterSolves, levels, reductions,
                            shortfall), status, lowestBound);
        }
    }

    /**
     * Multiplicative weights, as in the reference code: find a heavy panel, make its members lighter, repeat, so
     * that the panels found spread over the pool. The swap heuristic proposes each panel; the integer program
     * only runs when the heuristic returns a panel already known.
     */
    private void warmUp(PanelModel pricing, SearchState state, int rounds) {
        double[] weights = new double[groups.size()];
        double freeMembers = 0;
        for (Group group : groups.all()) {
            if (group.role() == GroupRole.FREE) {
                weights[group.index()] = 1;
                freeMembers += group.size();
            }
        }
        for (int round = 0; round < rounds && !outOfTime.getAsBoolean(); round++) {
            checkCancelled(state);
            Composition panel = state.panelCount() == 0 ? price(pricing, weights)
                    : swaps.candidates(state.panels(), weights, 1).getFirst();
            if (state.contains(panel)) {
                panel = price(pricing, weights);
            }
            for (int j = 0; j < panel.groupCount(); j++) {
                Group group = groups.get(panel.group(j));
                weights[group.index()] *= Math.pow(WARM_UP_DECAY, (double) panel.count(j) / group.size());
            }
            double total = 0;
            for (Group group : groups.all()) {
                total += weights[group.index()] * group.size();
            }
            for (int g = 0; g < weights.length; g++) {
                weights[g] *= freeMembers / total;
            }
            if (!state.add(panel)) {
                // A known panel: make the weights more equal again so that the next round looks elsewhere.
                for (int g = 0; g < weights.length; g++) {
                    weights[g] = groups.get(g).role() == GroupRole.FREE ? 0.9 * weights[g] + 0.1 : 0;
                }
            }
            report(SelectionPhase.FINDING_PANELS, state, Double.NaN);
        }
    }

    /**
     * Makes sure every group that can sit on some panel does so in a known panel: repeatedly look for a panel
     * with as many members of uncovered groups as possible. When even the integer program finds none, the
     * remaining groups cannot sit on any panel that meets the quotas.
     */
    private void cover(PanelModel pricing, SearchState state) {
        if (state.panelCount() == 0) {
            state.add(price(pricing, new double[groups.size()]));
        }
        while (true) {
            boolean[] covered = coveredGroups(state);
            double[] weights = new double[groups.size()];
            boolean open = false;
            for (Group group : groups.all()) {
                if (group.role() == GroupRole.FREE && !covered[group.index()]) {
                    weights[group.index()] = 1;
                    open = true;
                }
            }
            if (!open) {
                return;
            }
            checkCancelled(state);
            Composition panel = swaps.candidates(state.panels(), weights, 1).getFirst();
            if (panel.weight(weights) == 0) {
                panel = price(pricing, weights);
                if (panel.weight(weights) == 0) {
                    return;
                }
            }
            state.add(panel);
            report(SelectionPhase.FINDING_PANELS, state, Double.NaN);
        }
    }

    private boolean[] coveredGroups(SearchState state) {
        boolean[] covered = new boolean[groups.size()];
        for (Composition panel : state.panels()) {
            for (int j = 0; j < panel.groupCount(); j++) {
                covered[panel.group(j)] = true;
            }
        }
        return covered;
    }

    /** The free groups that sit on at least one known panel: the lottery decides their probability. */
    private int[] activeGroups(SearchState state) {
        boolean[] covered = coveredGroups(state);
        return IntStream.range(0, groups.size())
                .filter(g -> groups.get(g).role() == GroupRole.FREE && covered[g])
                .toArray();
    }

    /** Kept members are on every panel, excluded ones and groups no panel can hold on none. */
    private void settleOutsiders(SearchState state, int[] active) {
        boolean[] isActive = new boolean[groups.size()];
        for (int g : active) {
            isActive[g] = true;
        }
        for (Group group : groups.all()) {
            if (!isActive[group.index()]) {
                state.settle(group.index(), group.role() == GroupRole.KEPT ? 1 : 0);
            }
        }
    }

    private void raise(Algorithm algorithm, PanelModel pricing, SearchState state, int[] active) {
        double reduction = FIRST_REDUCTION;
        while (IntStream.of(active).anyMatch(g -> !state.isSettled(g))) {
            // A fresh master per level: GLOP keeps its basis when columns are added, but the fixed rows change.
            double[] settled = new double[active.length];
            Arrays.setAll(settled, a -> state.settled(active[a]));
            boolean firstLevel = IntStream.of(active).noneMatch(state::isSettled);
            Optional<Level> found = level(pricing, state, active, settled);
            if (found.isEmpty()) {
                // The fixed probabilities are a hair too high for the known panels (rounding): lower them a
                // little, as the reference code does, and try again; at most about 1e-4 in total.
                lowerSettled(state, active, reduction);
                reduction *= 2;
                continue;
            }
            Level level = found.get();
            levels++;
            if (level.stopped()) {
                // Out of time: the known panels give every unsettled group this level. No checkpoint, because
                // a resumed run would take these unproven values as proven.
                status = firstLevel ? Optimality.Status.NOT_PROVEN : Optimality.Status.LOWEST_PROVEN;
                lowestBound = firstLevel
                        ? Math.max(Math.min(level.bound(), quotaBound.bound()), level.value()) : Double.NaN;
                for (int g : active) {
                    if (!state.isSettled(g)) {
                        settle(state, g, level.value());
                    }
                }
                report(SelectionPhase.RAISING_PROBABILITIES, state, level.value());
                return;
            }
            if (algorithm == Algorithm.MAXIMIN) {
                for (int g : active) {
                    settle(state, g, level.value());
                }
            } else {
                settleLevel(state, active, level);
            }
            report(SelectionPhase.RAISING_PROBABILITIES, state, level.value());
            checkpoints.accept(state);
        }
    }

    /**
     * The optimum of one leximin level and the dual weights that certify it; or, when {@code stopped}, the best
     * value the known panels give, with {@code bound} the lowest upper bound that pricing proved.
     */
    private record Level(double value, double[] weights, boolean stopped, double bound) {
        static Level proven(double value, double[] weights) {
            return new Level(value, weights, false, value);
        }
    }

    /**
     * Column generation for one level; empty when the master cannot be solved as it stands.
     *
     * <p>Stabilised by Wentges smoothing: besides the master's own weights, pricing also looks at a mix of them
     * with the best weights seen so far (the "centre", the one with the lowest upper bound). The master's weights
     * jump around from round to round; the mix does not, which finds panels that matter sooner. Every exact
     * pricing gives an upper bound on the level, so the level is done either when no panel beats the master's
     * bound, or when the best upper bound meets the master's value.
     */
    private Optional<Level> level(PanelModel pricing, SearchState state, int[] active, double[] settled) {
        MasterProgram master = new MasterProgram(active, settled, groups, backend, state.panels());
        double[] certificate = IntStream.of(active).anyMatch(state::isSettled) ? null : quotaCertificate(active);
        double[] center = null;
        double centerBound = Double.POSITIVE_INFINITY;
        try {
            while (true) {
                checkCancelled(state);
                masterSolves++;
                Solution solution = master.solve();
                if (!solution.optimal()) {
                    return Optional.empty();
                }
                double[] weights = new double[active.length];
                for (int a = 0; a < active.length; a++) {
                    weights[a] = master.weight(solution, a);
                }
                double[] memberWeights = memberWeights(active, weights);
                double lower = solution.objective();
                if (certificate != null && quotaBound.bound() - lower <= PRICING_TOLERANCE) {
                    return Optional.of(Level.proven(lower, certificate));
                }
                double bound = master.bound(solution) + PRICING_TOLERANCE;
                List<Composition> violated = new ArrayList<>();
                for (Composition panel : swaps.candidates(state.panels(), memberWeights, SWAP_STARTS)) {
                    if (panel.weight(memberWeights) > bound && !master.contains(panel)) {
                        violated.add(panel);
                        heuristicPanels++;
                    }
                }
                if (center != null) {
                    double[] mixed = new double[active.length];
                    for (int a = 0; a < active.length; a++) {
                        mixed[a] = SMOOTHING * center[a] + (1 - SMOOTHING) * weights[a];
                    }
                    Composition panel = price(pricing, memberWeights(active, mixed));
                    double upper = upperBound(panel, active, mixed, settled);
                    if (upper < centerBound) {
                        center = mixed;
                        centerBound = upper;
                    }
                    addIfViolated(panel, memberWeights, bound, master, violated);
                }
                if (center == null || violated.isEmpty()) {
                    Composition panel = price(pricing, memberWeights);
                    double upper = upperBound(panel, active, weights, settled);
                    if (upper < centerBound) {
                        center = weights;
                        centerBound = upper;
                    }
                    addIfViolated(panel, memberWeights, bound, master, violated);
                    if (violated.isEmpty()) {
                        return Optional.of(Level.proven(lower, weights));
                    }
                }
                if (centerBound - lower <= PRICING_TOLERANCE) {
                    return Optional.of(Level.proven(lower, center));
                }
                if (outOfTime.getAsBoolean()) {
                    return Optional.of(new Level(lower, weights, true, centerBound));
                }
                for (Composition panel : violated) {
                    state.add(panel);
                    master.addPanel(panel);
                }
                report(SelectionPhase.RAISING_PROBABILITIES, state, lower);
            }
        } finally {
            master.close();
        }
    }

    /**
     * The counting bound's weights per active group, which prove the first level as soon as the master reaches
     * the bound; null when some of its groups cannot sit on any panel (then the lowest probability is 0 anyway).
     */
    private double[] quotaCertificate(int[] active) {
        double[] weights = new double[active.length];
        double sum = 0;
        for (int a = 0; a < active.length; a++) {
            weights[a] = quotaBound.groupWeights()[active[a]];
            sum += weights[a];
        }
        return Math.abs(sum - 1) <= 1e-9 ? weights : null;
    }

    private double[] memberWeights(int[] active, double[] weights) {
        double[] memberWeights = new double[groups.size()];
        for (int a = 0; a < active.length; a++) {
            memberWeights[active[a]] = weights[a] / groups.get(active[a]).size();
        }
        return memberWeights;
    }

    /** The level can be no higher than the heaviest panel under these weights minus the fixed groups' share. */
    private double upperBound(Composition heaviest, int[] active, double[] weights, double[] settled) {
        double bound = heaviest.weight(memberWeights(active, weights));
        for (int a = 0; a < active.length; a++) {
            if (!Double.isNaN(settled[a])) {
                bound -= settled[a] * weights[a];
            }
        }
        return bound;
    }

    private static void addIfViolated(Composition panel, double[] memberWeights, double bound, MasterProgram master,
                                      List<Composition> violated) {
        if (panel.weight(memberWeights) > bound && !master.contains(panel) && !violated.contains(panel)) {
            violated.add(panel);
        }
    }

    private void settleLevel(SearchState state, int[] active, Level level) {
        int strongest = -1;
        boolean any = false;
        for (int a = 0; a < active.length; a++) {
            if (state.isSettled(active[a])) {
                continue;
            }
            if (strongest < 0 || level.weights()[a] > level.weights()[strongest]) {
                strongest = a;
            }
            if (level.weights()[a] > FIX_THRESHOLD) {
                settle(state, active[a], level.value());
                any = true;
            }
        }
        if (!any) {
            // Every weight is tiny but they sum to 1: the largest is still a positive dual, so fixing it is sound.
            settle(state, active[strongest], level.value());
        }
    }

    private void settle(SearchState state, int group, double level) {
        state.settle(group, Math.max(0, level - SETTLE_SLACK / groups.get(group).size()));
    }

    private void lowerSettled(SearchState state, int[] active, double amount) {
        reductions++;
        if (reductions > MAX_REDUCTIONS) {
            throw new SortitionException(ProblemCode.SOLVER_FAILED,
                    "De rekenmodule blijft rekenproblemen geven bij het verdelen van de kansen.");
        }
        for (int a = 0; a < active.length; a++) {
            if (state.isSettled(active[a])) {
                double lowered = Math.max(0, state.settled(active[a]) - amount);
                state.settle(active[a], lowered);
            }
        }
    }

    private Composition price(PanelModel pricing, double[] memberWeights) {
        pricingCalls++;
        return pricing.best(memberWeights).orElseThrow(this::noPanel);
    }

    private SortitionException noPanel() {
        return new SortitionException(ProblemCode.QUOTAS_INFEASIBLE, "Geen enkel panel voldoet aan de quota.");
    }

    private void checkCancelled(SearchState state) {
        if (cancellation.isCancelled()) {
            throw new SearchCancelled(state);
        }
    }

    private void report(SelectionPhase phase, SearchState state, double lowest) {
        int settledVolunteers = 0;
        for (Group group : groups.all()) {
            if (state.isSettled(group.index())) {
                settledVolunteers += group.size();
            }
        }
        listener.progress(new SelectionProgress(phase, state.panelCount(), settledVolunteers,
                groups.volunteerCount(), lowest));
    }
}
