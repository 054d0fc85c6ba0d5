package nl.stemwerk.sortition.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data for the paper's chart: each method's probabilities sorted from low to high, against the share of the
 * pool ("percentile of pool members"), so the two curves can be drawn over each other.
 *
 * @param points one point per volunteer, from the least to the most likely
 */
public record ProbabilityChart(List<Point> points) {

    /**
     * One position on the sorted curves.
     *
     * @param poolShare the position as a share of the pool, 0 to 1
     * @param lottery   the lottery's probability at this position
     * @param legacy    LEGACY's estimated probability at this position
     */
    public record Point(double poolShare, double lottery, double legacy) {
    }

    public ProbabilityChart {
        points = List.copyOf(points);
    }

    public static ProbabilityChart of(Map<String, Double> lottery, Map<String, Double> legacy) {
        if (lottery.size() != legacy.size()) {
            throw new IllegalArgumentException("Both methods must cover the same pool");
        }
        double[] fair = lottery.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] greedy = legacy.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < fair.length; i++) {
            points.add(new Point((double) i / fair.length, fair[i], greedy[i]));
        }
        return new ProbabilityChart(points);
    }

    /** The share of volunteers whom LEGACY gives less than the lottery's lowest probability (a paper figure). */
    public double shareOfLegacyBelowLotteryMinimum() {
        double minimum = points.getFirst().lottery();
        return points.stream().filter(point -> point.legacy() < minimum).count() / (double) points.size();
    }
}
