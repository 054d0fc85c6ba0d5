package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * The restricted master of one leximin level, in the dual form the reference code uses:
 * <pre>
 *   minimise  ŷ − Σ_{fixed g} p_g · w_g
 *   subject to Σ_g (x_{P,g} / s_g) · w_g ≤ ŷ     for every known panel P
 *              Σ_{unfixed g} w_g = 1,   w ≥ 0, ŷ ≥ 0
 * </pre>
 * with w_g the weight of group g (size s_g), x_{P,g} the members panel P takes from it, and p_g the probability
 * of a fixed group. Its optimum is the highest lowest probability among the unfixed groups that a lottery over
 * the known panels can give (the primal: maximise z with every unfixed group at least z and every fixed one at
 * least p_g). A panel heavier than ŷ under w would raise it: that is what pricing looks for. Groups with a clearly
 * positive weight cannot rise above the level in any optimal lottery (complementary slackness), so they are
 * fixed there.
 *
 * <p>The weights are read as ordinary variable values, so any linear solver works (some report no duals), and
 * on the benchmark pools GLOP solved this form several times faster than the primal.
 */
final class MasterProgram implements AutoCloseable {
    private final int[] active;
    private final double[] settled;
    private final Groups groups;
    private final SolverBackend backend;
    private final int[] position;
    private final MathModel model;
    private final int cap;
    private final List<Composition> panels = new ArrayList<>();
    private final Set<Composition> rows = new HashSet<>();

    /**
     * @param active  the groups whose probability the lottery decides (free and on some panel)
     * @param settled per active group, its fixed probability, or NaN when still unfixed
     * @param panels  the panels to start with
     */
    MasterProgram(int[] active, double[] settled, Groups groups, SolverBackend backend, List<Composition> panels) {
        this.active = active;
        this.settled = settled;
        this.groups = groups;
        this.backend = backend;
        this.position = new int[groups.size()];
        Arrays.fill(position, -1);
        this.model = backend.linearModel();
        double[] objective = new double[active.length + 1];
        int unfixed = 0;
        for (int a = 0; a < active.length; a++) {
            position[active[a]] = a;
            model.addVariable(0, Double.POSITIVE_INFINITY, false);
            if (Double.isNaN(settled[a])) {
                unfixed++;
            } else {
                objective[a] = -settled[a];
            }
        }
        this.cap = model.addVariable(0, Double.POSITIVE_INFINITY, false);
        objective[cap] = 1;
        int[] unfixedGroups = new int[unfixed];
        int u = 0;
        for (int a = 0; a < active.length; a++) {
            if (Double.isNaN(settled[a])) {
                unfixedGroups[u++] = a;
            }
        }
        model.addConstraint(1, 1, unfixedGroups, PanelModel.ones(unfixed));
        model.setObjective(objective, false);
        panels.forEach(this::addPanel);
    }

    boolean contains(Composition panel) {
        return rows.contains(panel);
    }

    void addPanel(Composition panel) {
        if (!rows.add(panel)) {
            return;
        }
        panels.add(panel);
        int inPanel = 0;
        for (int j = 0; j < panel.groupCount(); j++) {
            if (position[panel.group(j)] >= 0) {
                inPanel++;
            }
        }
        int[] variables = new int[inPanel + 1];
        double[] coefficients = new double[inPanel + 1];
        int k = 0;
        for (int j = 0; j < panel.groupCount(); j++) {
            int a = position[panel.group(j)];
            if (a >= 0) {
                variables[k] = a;
                coefficients[k++] = (double) panel.count(j) / groups.get(panel.group(j)).size();
            }
        }
        variables[k] = cap;
        coefficients[k] = -1;
        model.addConstraint(Double.NEGATIVE_INFINITY, 0, variables, coefficients);
    }

    Solution solve() {
        return model.solve();
    }

    /** The weight w_g of active group a. */
    double weight(Solution solution, int a) {
        return Math.max(0, solution.value(a));
    }

    /** ŷ: the heaviest a known panel may weigh under the weights. */
    double bound(Solution solution) {
        return solution.value(cap);
    }

    @Override
    public void close() {
        model.close();
    }
}
