package nl.stemwerk.sortition.selection;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fair lottery over panels that meet the quotas ("loting"): the panel compositions with their tickets, every
 * volunteer's selection probability, and the hashes that tie it to its input. One panel is drawn from it with
 * {@link nl.stemwerk.sortition.draw.Draw}.
 *
 * @param problem        the problem it was computed for
 * @param algorithm      LEXIMIN or MAXIMIN
 * @param solver         the solver and version that computed it
 * @param groups         the groups of interchangeable volunteers, by number
 * @param panels         the compositions with at least one ticket, in canonical order
 * @param probabilities  per volunteer id, the probability of being on the drawn panel, computed from the tickets
 * @param fairness       the fairness figures of these probabilities
 * @param problemHash    SHA-256 of the canonical problem (pool, quotas, panel size, rules)
 * @param resultHash     SHA-256 of the canonical problem and lottery together: what is published before the draw
 */
public record Lottery(SelectionProblem problem, Algorithm algorithm, String solver, List<VolunteerGroup> groups,
                      List<LotteryPanel> panels, Map<String, Double> probabilities, FairnessFigures fairness,
                      String problemHash, String resultHash) {

    /**
     * The number of tickets the probabilities are divided into. Whole tickets make the draw exact: the replay
     * uses the published ticket counts, not floating-point numbers.
     */
    public static final long TICKETS = 1_000_000_000L;

    public Lottery {
        Objects.requireNonNull(problem, "problem");
        groups = List.copyOf(groups);
        panels = List.copyOf(panels);
        probabilities = Collections.unmodifiableMap(new TreeMap<>(probabilities));
    }

    /** The probability that this volunteer sits on the drawn panel. */
    public double probability(String volunteerId) {
        Double probability = probabilities.get(volunteerId);
        if (probability == null) {
            throw new IllegalArgumentException("Unknown volunteer " + volunteerId);
        }
        return probability;
    }

    public VolunteerGroup group(int number) {
        return groups.get(number - 1);
    }
}
