package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fast heuristic for the pricing step: starting from a known panel, swap one member for one of another group
 * while the panel's weight rises and every quota stays met. Column generation only needs <em>some</em> panel
 * heavier than the master's bound, not the heaviest one, so most rounds can skip the integer program; it is
 * still solved whenever the swaps find nothing, which keeps the result exact.
 */
final class SwapSearch {
    private static final double GAIN = 1e-12;

    private final Groups groups;
    private final int[] minimum;
    private final int[] maximum;

    SwapSearch(Groups groups) {
        this.groups = groups;
        this.minimum = groups.quotas().stream().mapToInt(quota -> quota.min()).toArray();
        this.maximum = groups.quotas().stream().mapToInt(quota -> quota.max()).toArray();
    }

    /** The panel reached by improving swaps from {@code start} under these weights per member. */
    Composition improve(Composition start, double[] weights) {
        int[] seats = new int[groups.size()];
        int[] perQuota = new int[minimum.length];
        int[] perHousehold = new int[groups.households().size()];
        for (int j = 0; j < start.groupCount(); j++) {
            Group group = groups.get(start.group(j));
            seats[group.index()] = start.count(j);
            for (int q : group.quotaIndex()) {
                perQuota[q] += start.count(j);
            }
            if (group.household() >= 0) {
                perHousehold[group.household()] += start.count(j);
            }
        }
        List<Group> incoming = groups.all().stream()
                .filter(group -> weights[group.index()] > 0 && group.upperBound() > 0)
                .sorted(Comparator.comparingDouble((Group group) -> -weights[group.index()]))
                .toList();
        boolean improved = true;
        while (improved) {
            improved = false;
            int[] outgoing = IntStream.range(0, seats.length)
                    .filter(g -> seats[g] > groups.get(g).lowerBound())
                    .boxed()
                    .sorted(Comparator.comparingDouble(g -> weights[g]))
                    .mapToInt(Integer::intValue).toArray();
            for (Group in : incoming) {
                if (seats[in.index()] >= in.upperBound()
                        || (in.household() >= 0 && perHousehold[in.household()] > 0)) {
                    continue;
                }
                for (int out : outgoing) {
                    if (weights[out] >= weights[in.index()] - GAIN) {
                        break;
                    }
                    if (seats[out] > groups.get(out).lowerBound() && swappable(groups.get(out), in, perQuota)) {
                        move(groups.get(out), -1, seats, perQuota, perHousehold);
                        move(in, 1, seats, perQuota, perHousehold);
                        improved = true;
                        break;
                    }
                }
                if (improved) {
                    break;
                }
            }
        }
        return Composition.fromDense(seats);
    }

    private boolean swappable(Group out, Group in, int[] perQuota) {
        int[] leaving = out.quotaIndex();
        int[] entering = in.quotaIndex();
        for (int c = 0; c < leaving.length; c++) {
            if (leaving[c] != entering[c]
                    && (perQuota[leaving[c]] - 1 < minimum[leaving[c]] || perQuota[entering[c]] + 1 > maximum[entering[c]])) {
                return false;
            }
        }
        return true;
    }

    private static void move(Group group, int delta, int[] seats, int[] perQuota, int[] perHousehold) {
        seats[group.index()] += delta;
        for (int q : group.quotaIndex()) {
            perQuota[q] += delta;
        }
        if (group.household() >= 0) {
            perHousehold[group.household()] += delta;
        }
    }

    /** Up to {@code count} different panels, improved from the known panels that weigh most now. */
    List<Composition> candidates(List<Composition> known, double[] weights, int count) {
        List<Composition> starts = known.stream()
                .sorted(Comparator.comparingDouble((Composition panel) -> -panel.weight(weights)))
                .limit(count)
                .toList();
        List<Composition> result = new ArrayList<>();
        for (Composition start : starts) {
            Composition improved = improve(start, weights);
            if (!result.contains(improved)) {
                result.add(improved);
            }
        }
        return result;
    }
}
