package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.List;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.QuotaWidening;
import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * When no panel meets the quotas: the smallest widening of the quotas that makes one possible. An integer
 * program chooses a panel together with, per quota, how far to lower its minimum (l) and raise its maximum (u).
 * It first minimises the total widening Σ (l + u); among the smallest it then prefers widening large quotas,
 * because moving 10 to 9 changes less than moving 1 to 0 (the reference code weighs the same way).
 */
public final class QuotaRelaxation {
    private QuotaRelaxation() {
    }

    /** The widenings to advise; never empty, since it is only asked when the quotas cannot be met. */
    public static List<QuotaWidening> advise(Groups groups, SolverBackend backend) {
        List<Quota> quotas = groups.quotas();
        try (MathModel model = backend.integerModel()) {
            PanelModel.addPanelRows(groups, model, false);
            int[][] members = PanelModel.quotaMembers(groups);
            int[] lower = new int[quotas.size()];
            int[] upper = new int[quotas.size()];
            for (int q = 0; q < quotas.size(); q++) {
                Quota quota = quotas.get(q);
                lower[q] = model.addVariable(0, quota.min(), true);
                upper[q] = model.addVariable(0, groups.panelSize(), true);
                model.addConstraint(quota.min(), Double.POSITIVE_INFINITY, append(members[q], lower[q]),
                        withLast(members[q].length, 1));
                model.addConstraint(Double.NEGATIVE_INFINITY, quota.max(), append(members[q], upper[q]),
                        withLast(members[q].length, -1));
            }
            int variables = model.variableCount();
            double[] total = new double[variables];
            int[] slacks = new int[2 * quotas.size()];
            for (int q = 0; q < quotas.size(); q++) {
                total[lower[q]] = 1;
                total[upper[q]] = 1;
                slacks[2 * q] = lower[q];
                slacks[2 * q + 1] = upper[q];
            }
            model.setObjective(total, false);
            Solution smallest = model.solve();
            if (!smallest.optimal()) {
                throw new SortitionException(ProblemCode.PANEL_SIZE_INVALID, "Ook met ruimere quota is er geen panel"
                        + " van " + groups.panelSize() + " mogelijk: er zijn te weinig aanmelders"
                        + (groups.problem().oneMemberPerHousehold() ? " op verschillende adressen." : "."));
            }
            model.addConstraint(Double.NEGATIVE_INFINITY, Math.round(smallest.objective()), slacks,
                    PanelModel.ones(slacks.length));
            double[] preference = new double[variables];
            for (int q = 0; q < quotas.size(); q++) {
                preference[lower[q]] = 1.0 / (1 + quotas.get(q).min());
                preference[upper[q]] = 1.0 / (1 + quotas.get(q).max());
            }
            model.setObjective(preference, false);
            Solution best = model.solve();
            Solution chosen = best.optimal() ? best : smallest;
            List<QuotaWidening> advice = new ArrayList<>();
            for (int q = 0; q < quotas.size(); q++) {
                int down = (int) Math.round(chosen.value(lower[q]));
                int up = (int) Math.round(chosen.value(upper[q]));
                if (down > 0 || up > 0) {
                    Quota quota = quotas.get(q);
                    advice.add(new QuotaWidening(quota, quota.min() - down, quota.max() + up));
                }
            }
            return advice;
        }
    }

    private static int[] append(int[] values, int last) {
        int[] result = java.util.Arrays.copyOf(values, values.length + 1);
        result[values.length] = last;
        return result;
    }

    private static double[] withLast(int ones, double last) {
        double[] result = PanelModel.ones(ones + 1);
        result[ones] = last;
        return result;
    }
}
