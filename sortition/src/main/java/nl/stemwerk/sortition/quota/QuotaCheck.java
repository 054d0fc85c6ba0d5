package nl.stemwerk.sortition.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.pool.Pool;

/**
 * Quick checks that show at a glance why quotas cannot be met, before any solver runs: per category the
 * minimums must not add up to more than the panel size and the maximums not to less, and no minimum may ask for
 * more volunteers than the pool has with that value. Passing them does not prove a panel exists (categories
 * interact); the integer feasibility check does that.
 */
public final class QuotaCheck {
    private QuotaCheck() {
    }

    public static List<Problem> problems(Quotas quotas, Pool pool, int panelSize) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<Quota>> category : quotas.byCategory().entrySet()) {
            int minimums = category.getValue().stream().mapToInt(Quota::min).sum();
            int maximums = category.getValue().stream().mapToInt(Quota::max).sum();
            if (minimums > panelSize) {
                problems.add(new Problem(ProblemCode.QUOTA_CATEGORY_SUM, "Bij '" + category.getKey()
                        + "' tellen de minimums op tot " + minimums + ", maar het panel heeft " + panelSize
                        + " plaatsen. Verlaag de minimums samen met minstens " + (minimums - panelSize) + "."));
            }
            if (maximums < panelSize) {
                problems.add(new Problem(ProblemCode.QUOTA_CATEGORY_SUM, "Bij '" + category.getKey()
                        + "' tellen de maximums op tot " + maximums + ", maar het panel heeft " + panelSize
                        + " plaatsen. Verhoog de maximums samen met minstens " + (panelSize - maximums) + "."));
            }
            for (Quota quota : category.getValue()) {
                long available = pool.volunteers().stream()
                        .filter(volunteer -> quota.value().equals(volunteer.value(quota.category()))).count();
                if (available < quota.min()) {
                    problems.add(new Problem(ProblemCode.QUOTA_CATEGORY_SUM, "Het minimum van " + quota.label()
                            + " is " + quota.min() + ", maar er zijn maar " + available
                            + " aanmelders met die waarde."));
                }
            }
        }
        return problems;
    }
}
