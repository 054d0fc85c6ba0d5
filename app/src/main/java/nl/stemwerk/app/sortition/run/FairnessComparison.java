package nl.stemwerk.app.sortition.run;

import java.util.List;
import java.util.Locale;
import nl.stemwerk.sortition.legacy.LegacyEstimate;
import nl.stemwerk.sortition.legacy.ProbabilityChart;
import nl.stemwerk.sortition.selection.FairnessFigures;
import nl.stemwerk.sortition.selection.Lottery;
import tools.jackson.databind.json.JsonMapper;

/**
 * The computed lottery against LEGACY, the old greedy draw, as in Flanigan et al. (Nature 596, 2021, figure 2):
 * both methods' probabilities sorted from low to high, and their fairness figures. LEGACY's probabilities are
 * estimated by simulating {@link #DRAWS} draws with the fixed seed {@link #SEED}, so the page shows the same
 * estimate every time (public: the template reads it).
 *
 * @param method the lottery's method (LEXIMIN or MAXIMIN)
 */
public record FairnessComparison(String method, FairnessFigures lottery, FairnessFigures legacy, int failedDraws,
                                 List<ProbabilityChart.Point> points) {
    public static final int DRAWS = 10_000;
    public static final long SEED = 2021;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FairnessComparison {
        points = List.copyOf(points);
    }

    /**
     * From the lottery file's own copy of the problem, never the stored pool file: that is emptied after the
     * retention date, the lottery file is not.
     */
    static FairnessComparison of(Lottery lottery) {
        LegacyEstimate legacy = LegacyEstimate.of(lottery.problem(), DRAWS, SEED);
        return new FairnessComparison(lottery.algorithm().name(), lottery.fairness(), legacy.fairness(),
                legacy.failedDraws(), ProbabilityChart.of(lottery.probabilities(), legacy.probabilities()).points());
    }

    /** One row of the figures table: the message key of the figure's name and its value for both methods. */
    public record Figure(String nameKey, double lottery, double legacy) {
    }

    /** The paper's three figures: the lowest probability, the Gini coefficient and the geometric mean. */
    public List<Figure> figures() {
        return List.of(new Figure("sortition.figures.minimum", lottery.minimum(), legacy.minimum()),
                new Figure("sortition.figures.gini", lottery.gini(), legacy.gini()),
                new Figure("sortition.figures.geometricMean", lottery.geometricMean(), legacy.geometricMean()));
    }

    public int draws() {
        return DRAWS;
    }

    public long seed() {
        return SEED;
    }

    /** What {@code sortition-chart.js} reads: the pool share in percent, and one curve per method. */
    public String chartJson() {
        record Series(String label, List<Double> values) {
        }
        record Chart(List<String> labels, List<Series> series) {
        }
        List<String> labels = points.stream()
                .map(point -> String.format(Locale.ROOT, "%.1f", 100 * point.poolShare())).toList();
        return JSON.writeValueAsString(new Chart(labels, List.of(
                new Series(method, points.stream().map(ProbabilityChart.Point::lottery).toList()),
                new Series("LEGACY", points.stream().map(ProbabilityChart.Point::legacy).toList()))));
    }
}
