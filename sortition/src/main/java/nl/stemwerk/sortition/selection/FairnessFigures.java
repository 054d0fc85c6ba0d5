package nl.stemwerk.sortition.selection;

import java.util.Arrays;
import java.util.Collection;

/**
 * The fairness figures of the Nature paper for a set of selection probabilities.
 *
 * @param minimum       the lowest probability: what the least lucky volunteer gets
 * @param maximum       the highest probability
 * @param mean          the mean; k/n when every probability is counted
 * @param gini          the Gini coefficient, 0 when all are equal
 * @param geometricMean the geometric mean, 0 when anyone has probability 0
 */
public record FairnessFigures(double minimum, double maximum, double mean, double gini, double geometricMean) {

    public static FairnessFigures of(Collection<Double> probabilities) {
        double[] sorted = probabilities.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no probabilities");
        }
        int n = sorted.length;
        double sum = Arrays.stream(sorted).sum();
        double weighted = 0;
        double logSum = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * sorted[i];
            logSum += Math.log(sorted[i]);
        }
        double gini = sum == 0 ? 0 : Math.max(0, 2 * weighted / (n * sum) - (double) (n + 1) / n);
        double geometric = sorted[0] <= 0 ? 0 : Math.exp(logSum / n);
        return new FairnessFigures(sorted[0], sorted[n - 1], sum / n, gini, geometric);
    }
}
