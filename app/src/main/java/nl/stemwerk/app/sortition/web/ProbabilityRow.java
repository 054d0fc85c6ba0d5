package nl.stemwerk.app.sortition.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One row of a sorted-probability table (public: the templates read it). */
public record ProbabilityRow(int rank, String id, double probability) {
    /** The probabilities ranked by {@code order}, then by volunteer number. */
    public static List<ProbabilityRow> ranked(Map<String, Double> probabilities, Comparator<Double> order) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(probabilities.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue(order).thenComparing(Map.Entry.comparingByKey()));
        List<ProbabilityRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            rows.add(new ProbabilityRow(i + 1, sorted.get(i).getKey(), sorted.get(i).getValue()));
        }
        return rows;
    }
}
