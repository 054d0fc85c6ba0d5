package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolveStatus;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * The integer program whose solutions are exactly the panels that meet the quotas: one integer variable per
 * group (how many of its members sit on the panel), the panel size, one row per quota and one per shared
 * address. It is built once; each call only changes the objective, which keeps the pricing step cheap.
 */
public final class PanelModel implements AutoCloseable {
    private final Groups groups;
    private final MathModel model;

    public PanelModel(Groups groups, SolverBackend backend) {
        this.groups = groups;
        this.model = backend.integerModel();
        addPanelRows(groups, model, true);
    }

    /**
     * Adds the group variables (indexes 0 … groups-1), the panel size and the household rows; with
     * {@code withQuotas} also one row per quota. The quota relaxation adds its own, loosened quota rows instead.
     */
    static void addPanelRows(Groups groups, MathModel model, boolean withQuotas) {
        for (Group group : groups.all()) {
            model.addVariable(group.lowerBound(), group.upperBound(), true);
        }
        model.addConstraint(groups.panelSize(), groups.panelSize(), indexes(groups.size()), ones(groups.size()));
        if (withQuotas) {
            int[][] members = quotaMembers(groups);
            for (int q = 0; q < members.length; q++) {
                model.addConstraint(groups.quotas().get(q).min(), groups.quotas().get(q).max(), members[q],
                        ones(members[q].length));
            }
        }
        for (int[] household : groups.households()) {
            model.addConstraint(0, 1, household, ones(household.length));
        }
    }

    /** Per quota, the indexes of the groups whose members have its value. */
    static int[][] quotaMembers(Groups groups) {
        List<List<Integer>> members = new ArrayList<>();
        for (int q = 0; q < groups.quotas().size(); q++) {
            members.add(new ArrayList<>());
        }
        for (Group group : groups.all()) {
            for (int q : group.quotaIndex()) {
                members.get(q).add(group.index());
            }
        }
        return members.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    static double[] ones(int count) {
        double[] ones = new double[count];
        Arrays.fill(ones, 1);
        return ones;
    }

    /**
     * The panel with the largest total weight, where {@code weights[g]} is the weight of one member of group g;
     * empty when no panel meets the quotas.
     */
    public Optional<Composition> best(double[] weights) {
        model.setObjective(weights, true);
        Solution solution = model.solve();
        if (solution.status() == SolveStatus.INFEASIBLE) {
            return Optional.empty();
        }
        if (!solution.optimal()) {
            throw new SortitionException(ProblemCode.SOLVER_FAILED,
                    "Het zoeken naar een panel dat aan de quota voldoet, is mislukt (" + solution.status() + ").");
        }
        Composition panel = Composition.fromValues(solution.values(), groups.size());
        if (!groups.admits(panel)) {
            throw new SortitionException(ProblemCode.SOLVER_FAILED,
                    "De rekenmodule gaf een panel terug dat niet aan de quota voldoet.");
        }
        return Optional.of(panel);
    }

    /** Some panel that meets the quotas, or empty when none does. */
    public Optional<Composition> any() {
        return best(new double[groups.size()]);
    }

    static int[] indexes(int count) {
        int[] indexes = new int[count];
        Arrays.setAll(indexes, j -> j);
        return indexes;
    }

    @Override
    public void close() {
        model.close();
    }
}
