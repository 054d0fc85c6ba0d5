package nl.stemwerk.sortition.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.selection.SelectionProblem;

/**
 * The greedy draw the Sortition Foundation used before 2020 ("LEGACY" in the Nature paper), kept only to show
 * how unfair it is next to LEXIMIN; never use it for a real assembly. Each step takes the quota with the largest
 * share of its unmet minimum among the volunteers still available, (min − selected) / remaining, and draws a
 * uniformly random available volunteer with that value. Volunteers whose value has reached its maximum, and
 * with one member per household the housemates of a chosen member, stop being available. A draw that gets stuck
 * is retried, up to {@link #MAX_ATTEMPTS} times, as the reference code does.
 */
public final class LegacySelection {
    /** Attempts before a draw counts as failed (max_attempts of the reference code). */
    public static final int MAX_ATTEMPTS = 100;

    private final SelectionProblem problem;
    private final List<Volunteer> volunteers;
    private final List<Quota> quotas;
    private final int[][] quotasOf;
    private final int[] householdOf;

    public LegacySelection(SelectionProblem problem) {
        this.problem = problem;
        this.volunteers = problem.pool().volunteers().stream().sorted(Comparator.comparing(Volunteer::id)).toList();
        this.quotas = problem.quotas().quotas();
        Map<String, Integer> quotaIndex = new HashMap<>();
        for (int q = 0; q < quotas.size(); q++) {
            quotaIndex.put(quotas.get(q).category() + "\u0000" + quotas.get(q).value(), q);
        }
        List<String> categories = problem.quotas().categories();
        this.quotasOf = new int[volunteers.size()][];
        this.householdOf = new int[volunteers.size()];
        Map<String, Integer> households = new HashMap<>();
        for (int i = 0; i < volunteers.size(); i++) {
            Volunteer volunteer = volunteers.get(i);
            quotasOf[i] = categories.stream()
                    .mapToInt(category -> quotaIndex.get(category + "\u0000" + volunteer.value(category)))
                    .toArray();
            householdOf[i] = problem.oneMemberPerHousehold() && volunteer.hasHousehold()
                    ? households.computeIfAbsent(volunteer.household(), key -> households.size()) : -1;
        }
    }

    /** One greedy draw: the panel's ids, sorted, or empty when every attempt got stuck. */
    public Optional<List<String>> draw(SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<List<String>> panel = new Attempt().run(random);
            if (panel.isPresent()) {
                return panel;
            }
        }
        return Optional.empty();
    }

    /** The state of one attempt: who is still available, per quota value, with O(1) removal. */
    private final class Attempt {
        private final int[][] available = new int[quotas.size()][];
        private final int[] availableCount = new int[quotas.size()];
        private final int[][] position = new int[quotas.size()][];
        private final int[] selected = new int[quotas.size()];
        private final boolean[] gone = new boolean[volunteers.size()];
        private final List<Integer> panel = new ArrayList<>();

        Attempt() {
            for (int q = 0; q < quotas.size(); q++) {
                available[q] = new int[volunteers.size()];
                position[q] = new int[volunteers.size()];
            }
            for (int i = 0; i < volunteers.size(); i++) {
                for (int q : quotasOf[i]) {
                    position[q][i] = availableCount[q];
                    available[q][availableCount[q]++] = i;
                }
            }
        }

        Optional<List<String>> run(SplittableRandom random) {
            for (int i = 0; i < volunteers.size(); i++) {
                if (problem.keptIds().contains(volunteers.get(i).id())) {
                    choose(i);
                }
            }
            while (panel.size() < problem.panelSize()) {
                int quota = largestShortfall();
                if (quota < 0) {
                    return Optional.empty();
                }
                choose(available[quota][random.nextInt(availableCount[quota])]);
            }
            for (int q = 0; q < quotas.size(); q++) {
                if (selected[q] < quotas.get(q).min()) {
                    return Optional.empty();
                }
            }
            return Optional.of(panel.stream().map(i -> volunteers.get(i).id()).sorted().toList());
        }

        /** The quota with the largest (min − selected) / remaining; -1 when the attempt is stuck. */
        private int largestShortfall() {
            int best = -1;
            double bestRatio = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < quotas.size(); q++) {
                int missing = quotas.get(q).min() - selected[q];
                if (missing > 0 && availableCount[q] < missing) {
                    return -1;
                }
                if (availableCount[q] > 0 && quotas.get(q).max() > 0) {
                    double ratio = (double) missing / availableCount[q];
                    if (ratio > 1) {
                        return -1;
                    }
                    if (ratio > bestRatio) {
                        bestRatio = ratio;
                        best = q;
                    }
                }
            }
            return best;
        }

        private void choose(int person) {
            panel.add(person);
            remove(person);
            for (int q : quotasOf[person]) {
                selected[q]++;
                if (selected[q] >= quotas.get(q).max()) {
                    while (availableCount[q] > 0) {
                        remove(available[q][0]);
                    }
                }
            }
            if (householdOf[person] >= 0) {
                for (int other = 0; other < volunteers.size(); other++) {
                    if (householdOf[other] == householdOf[person] && !gone[other]) {
                        remove(other);
                    }
                }
            }
        }

        private void remove(int person) {
            if (gone[person]) {
                return;
            }
            gone[person] = true;
            for (int q : quotasOf[person]) {
                int at = position[q][person];
                int last = available[q][--availableCount[q]];
                available[q][at] = last;
                position[q][last] = at;
            }
        }
    }
}
