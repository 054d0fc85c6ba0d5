package nl.stemwerk.sortition.internal;

import nl.stemwerk.sortition.selection.GroupRole;

/**
 * An upper bound on the lowest selection probability that no lottery can beat, from counting alone, with the
 * weights that prove it. The free volunteers with one quota's value share at most its maximum (less the seats
 * kept members take) in expected seats, so the least likely of them has at most that divided by their number; the
 * same holds for all free volunteers and the panel size. As weights: each of those volunteers weighs one divided
 * by their number, and no panel weighs more than the bound.
 *
 * <p>When a value volunteered far more than its quota allows, this is often the optimum of the first level; the
 * weights then prove it at once, where pricing alone may take many rounds to find a certificate. As the first
 * stability centre of the column generation it did not help on the sf_e-shaped pool (decision 0026).
 *
 * @param bound         the bound
 * @param groupWeights  per group, its weight w_g (summing to 1 over the free groups of the binding quota)
 */
record QuotaBound(double bound, double[] groupWeights) {

    static QuotaBound of(Groups groups) {
        int quotas = groups.quotas().size();
        int[] free = new int[quotas + 1];
        int[] kept = new int[quotas + 1];
        int[] limit = new int[quotas + 1];
        for (int q = 0; q < quotas; q++) {
            limit[q] = groups.quotas().get(q).max();
        }
        limit[quotas] = groups.panelSize();
        for (Group group : groups.all()) {
            if (group.role() == GroupRole.EXCLUDED) {
                continue;
            }
            int[] counts = group.role() == GroupRole.KEPT ? kept : free;
            for (int q : group.quotaIndex()) {
                counts[q] += group.size();
            }
            counts[quotas] += group.size();
        }
        int binding = -1;
        double bound = 1;
        for (int q = 0; q <= quotas; q++) {
            double share = free[q] == 0 ? 1 : Math.max(0, (double) (limit[q] - kept[q]) / free[q]);
            if (free[q] > 0 && share < bound) {
                bound = share;
                binding = q;
            }
        }
        double[] weights = new double[groups.size()];
        for (Group group : groups.all()) {
            if (binding >= 0 && group.role() == GroupRole.FREE && holds(group, binding, quotas)) {
                weights[group.index()] = (double) group.size() / free[binding];
            }
        }
        return new QuotaBound(bound, weights);
    }

    private static boolean holds(Group group, int quota, int total) {
        if (quota == total) {
            return true;
        }
        for (int q : group.quotaIndex()) {
            if (q == quota) {
                return true;
            }
        }
        return false;
    }
}
