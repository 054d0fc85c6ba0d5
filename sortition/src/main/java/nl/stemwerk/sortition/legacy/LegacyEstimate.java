package nl.stemwerk.sortition.legacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.selection.FairnessFigures;
import nl.stemwerk.sortition.selection.SelectionProblem;

/**
 * LEGACY's selection probabilities, estimated by simulating many greedy draws with a fixed seed, so the estimate
 * (and the chart made from it) is the same every time.
 *
 * @param probabilities per volunteer id, the share of successful draws that chose them
 * @param draws         draws simulated
 * @param failedDraws   draws that got stuck in all attempts (left out of the shares)
 * @param fairness      the fairness figures of the estimated probabilities
 */
public record LegacyEstimate(Map<String, Double> probabilities, int draws, int failedDraws,
                             FairnessFigures fairness) {

    public static LegacyEstimate of(SelectionProblem problem, int draws, long seed) {
        LegacySelection legacy = new LegacySelection(problem);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> chosen = new HashMap<>();
        int failed = 0;
        for (int draw = 0; draw < draws; draw++) {
            Optional<List<String>> panel = legacy.draw(random);
            if (panel.isEmpty()) {
                failed++;
            } else {
                panel.get().forEach(id -> chosen.merge(id, 1, Integer::sum));
            }
        }
        int successful = draws - failed;
        Map<String, Double> probabilities = new TreeMap<>();
        for (Volunteer volunteer : problem.pool().volunteers()) {
            probabilities.put(volunteer.id(),
                    successful == 0 ? 0 : (double) chosen.getOrDefault(volunteer.id(), 0) / successful);
        }
        return new LegacyEstimate(probabilities, draws, failed, FairnessFigures.of(probabilities.values()));
    }
}
