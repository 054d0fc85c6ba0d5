package nl.stemwerk.sortition.internal;

import nl.stemwerk.sortition.selection.GroupRole;

/**
 * An upper bound on the lowest selection probability that no lottery can beat, from counting alone. The free
 * volunteers with one quota's value share at most its maximum (less the seats kept members take) in expected
 * seats, so the least likely of them has at most that divided by their number; the same holds for all free
 * volunteers and the panel size. Column generation only proves a bound this good late, if at all.
 */
final class QuotaBound {
    private QuotaBound() {
    }

    static double of(Groups groups) {
        int quotas = groups.quotas().size();
        int[] free = new int[quotas];
        int[] kept = new int[quotas];
        int freeTotal = 0;
        int keptTotal = 0;
        for (Group group : groups.all()) {
            if (group.role() == GroupRole.EXCLUDED) {
                continue;
            }
            boolean isKept = group.role() == GroupRole.KEPT;
            for (int q : group.quotaIndex()) {
                if (isKept) {
                    kept[q] += group.size();
                } else {
                    free[q] += group.size();
                }
            }
            if (isKept) {
                keptTotal += group.size();
            } else {
                freeTotal += group.size();
            }
        }
        double bound = freeTotal == 0 ? 1 : (double) (groups.panelSize() - keptTotal) / freeTotal;
        for (int q = 0; q < quotas; q++) {
            if (free[q] > 0) {
                bound = Math.min(bound, (double) (groups.quotas().get(q).max() - kept[q]) / free[q]);
            }
        }
        return Math.max(0, bound);
    }
}
