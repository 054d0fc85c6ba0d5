package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.List;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * The last linear program: how likely each known panel is, so that every group reaches its target probability.
 * Formally it minimises the largest shortfall ε below the targets (as the reference does), which absorbs the
 * tiny rounding differences of the earlier steps; ε is zero up to solver precision.
 */
final class PanelWeights {
    private PanelWeights() {
    }

    /**
     * @param panels  the panels found
     * @param active  the groups with a target
     * @param targets the target probability per active group
     * @return the probability of each panel (clipped to [0, 1] and renormalised) and, last, the shortfall ε
     */
    static double[] solve(List<Composition> panels, int[] active, double[] targets, Groups groups,
                          SolverBackend backend) {
        try (MathModel model = backend.linearModel()) {
            for (int p = 0; p < panels.size(); p++) {
                model.addVariable(0, 1, false);
            }
            int shortfall = model.addVariable(0, Double.POSITIVE_INFINITY, false);
            model.addConstraint(1, 1, PanelModel.indexes(panels.size()), PanelModel.ones(panels.size()));
            List<List<double[]>> rows = rowsPerGroup(panels, groups);
            for (int a = 0; a < active.length; a++) {
                List<double[]> row = rows.get(active[a]);
                int[] variables = new int[row.size() + 1];
                double[] coefficients = new double[row.size() + 1];
                for (int j = 0; j < row.size(); j++) {
                    variables[j] = (int) row.get(j)[0];
                    coefficients[j] = row.get(j)[1];
                }
                variables[row.size()] = shortfall;
                coefficients[row.size()] = 1;
                model.addConstraint(targets[a], Double.POSITIVE_INFINITY, variables, coefficients);
            }
            double[] objective = new double[panels.size() + 1];
            objective[shortfall] = 1;
            model.setObjective(objective, false);
            Solution solution = model.solve();
            if (!solution.optimal()) {
                throw new SortitionException(ProblemCode.SOLVER_FAILED,
                        "Het verdelen van de kansen over de panels is mislukt (" + solution.status() + ").");
            }
            double[] result = new double[panels.size() + 1];
            double sum = 0;
            for (int p = 0; p < panels.size(); p++) {
                result[p] = Math.clamp(solution.value(p), 0, 1);
                sum += result[p];
            }
            for (int p = 0; p < panels.size(); p++) {
                result[p] /= sum;
            }
            result[panels.size()] = solution.value(shortfall);
            return result;
        }
    }

    /** Per group, the pairs (panel index, members taken / group size). */
    private static List<List<double[]>> rowsPerGroup(List<Composition> panels, Groups groups) {
        List<List<double[]>> rows = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            rows.add(new ArrayList<>());
        }
        for (int p = 0; p < panels.size(); p++) {
            Composition panel = panels.get(p);
            for (int j = 0; j < panel.groupCount(); j++) {
                int g = panel.group(j);
                rows.get(g).add(new double[] {p, (double) panel.count(j) / groups.get(g).size()});
            }
        }
        return rows;
    }
}
