package nl.stemwerk.sortition.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * An independent oracle for small pools: every feasible panel, enumerated, and the leximin probabilities found
 * the slow, textbook way (maximise the lowest unfixed probability over all panels, then fix exactly those
 * volunteers whom one more linear program each shows cannot get more). It shares no code with the library's
 * column generation, only the linear solver.
 */
public final class BruteForce {
    private BruteForce() {
    }

    /** All panels (as sorted volunteer indexes into {@code problem.pool().volunteers()}) that meet the rules. */
    public static List<int[]> panels(SelectionProblem problem) {
        List<int[]> panels = new ArrayList<>();
        collect(problem, new int[problem.panelSize()], 0, 0, panels);
        return panels;
    }

    private static void collect(SelectionProblem problem, int[] chosen, int depth, int from, List<int[]> panels) {
        int n = problem.pool().size();
        if (depth == chosen.length) {
            if (admissible(problem, chosen)) {
                panels.add(chosen.clone());
            }
            return;
        }
        for (int i = from; i <= n - (chosen.length - depth); i++) {
            chosen[depth] = i;
            collect(problem, chosen, depth + 1, i + 1, panels);
        }
    }

    private static boolean admissible(SelectionProblem problem, int[] chosen) {
        List<Volunteer> volunteers = problem.pool().volunteers();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> households = new HashMap<>();
        for (int i : chosen) {
            Volunteer volunteer = volunteers.get(i);
            volunteer.features().forEach((category, value) -> counts.merge(category + "=" + value, 1, Integer::sum));
            if (problem.oneMemberPerHousehold() && volunteer.hasHousehold()
                    && households.merge(volunteer.household(), 1, Integer::sum) > 1) {
                return false;
            }
        }
        for (String kept : problem.keptIds()) {
            if (Arrays.stream(chosen).noneMatch(i -> volunteers.get(i).id().equals(kept))) {
                return false;
            }
        }
        for (Quota quota : problem.quotas().quotas()) {
            int count = counts.getOrDefault(quota.category() + "=" + quota.value(), 0);
            if (count < quota.min() || count > quota.max()) {
                return false;
            }
        }
        return true;
    }

    /** The leximin probability per volunteer index; empty array when no panel exists. */
    public static double[] leximin(SelectionProblem problem, SolverBackend backend) {
        List<int[]> panels = panels(problem);
        int n = problem.pool().size();
        if (panels.isEmpty()) {
            return new double[0];
        }
        double[] fixed = new double[n];
        Arrays.fill(fixed, Double.NaN);
        while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
            double level = maximiseLowest(panels, n, fixed, -1, backend);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(fixed[i])
                        && maximiseLowest(panels, n, withLevel(fixed, level), i, backend) <= level + 1e-7) {
                    fixed[i] = level;
                }
            }
        }
        return fixed;
    }

    private static double[] withLevel(double[] fixed, double level) {
        double[] result = fixed.clone();
        for (int i = 0; i < result.length; i++) {
            if (Double.isNaN(result[i])) {
                result[i] = -level;
            }
        }
        return result;
    }

    /**
     * With {@code single < 0}: the highest z such that every unfixed volunteer gets at least z and every fixed one
     * its value. Otherwise: the highest probability of volunteer {@code single} while every unfixed one (encoded as
     * −level in {@code fixed}) keeps at least the level.
     */
    private static double maximiseLowest(List<int[]> panels, int n, double[] fixed, int single,
                                         SolverBackend backend) {
        try (MathModel model = backend.linearModel()) {
            for (int p = 0; p < panels.size(); p++) {
                model.addVariable(0, 1, false);
            }
            int z = model.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
            int[] all = new int[panels.size()];
            double[] ones = new double[panels.size()];
            Arrays.setAll(all, p -> p);
            Arrays.fill(ones, 1);
            model.addConstraint(1, 1, all, ones);
            for (int i = 0; i < n; i++) {
                List<Integer> containing = new ArrayList<>();
                for (int p = 0; p < panels.size(); p++) {
                    int person = i;
                    if (Arrays.stream(panels.get(p)).anyMatch(member -> member == person)) {
                        containing.add(p);
                    }
                }
                boolean isZ = single < 0 ? Double.isNaN(fixed[i]) : i == single;
                int[] variables = new int[containing.size() + (isZ ? 1 : 0)];
                double[] coefficients = new double[variables.length];
                for (int j = 0; j < containing.size(); j++) {
                    variables[j] = containing.get(j);
                    coefficients[j] = 1;
                }
                double lower;
                if (isZ) {
                    variables[containing.size()] = z;
                    coefficients[containing.size()] = -1;
                    lower = 0;
                } else {
                    lower = Math.abs(fixed[i]) - 1e-9;
                }
                model.addConstraint(lower, Double.POSITIVE_INFINITY, variables, coefficients);
            }
            double[] objective = new double[panels.size() + 1];
            objective[z] = 1;
            model.setObjective(objective, true);
            Solution solution = model.solve();
            if (!solution.optimal()) {
                throw new IllegalStateException("brute-force LP failed: " + solution.status());
            }
            return solution.objective();
        }
    }
}
