package nl.stemwerk.sortition.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.csv.CsvParser;
import nl.stemwerk.sortition.csv.CsvTable;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;

class LegacySelectionTest {
    private static final SelectionProblem EXAMPLE = SharedData.paperInstance("example_small_20");
    private static final LegacyEstimate ESTIMATE = LegacyEstimate.of(EXAMPLE, 10_000, 2021);

    /** The paper's LEGACY profile for example_small_20, sorted ascending (2 x 10,000 draws). */
    private static double[] publishedLegacyProfile() throws IOException {
        try (Reader reader = SharedData.reader(
                "example_small_20/reference_output/example_small_20_prob_allocs_data.csv")) {
            CsvTable table = CsvParser.parse(reader, "prob_allocs_data.csv");
            return table.rows().stream().filter(row -> row.cell(0).equals("Legacy"))
                    .mapToDouble(row -> Double.parseDouble(row.cell(2))).toArray();
        }
    }

    @Test
    void everyLegacyDrawMeetsTheQuotas() {
        LegacySelection legacy = new LegacySelection(EXAMPLE);
        SplittableRandom random = new SplittableRandom(7);
        for (int draw = 0; draw < 200; draw++) {
            List<String> panel = legacy.draw(random).orElseThrow();
            assertThat(panel).hasSize(20).doesNotHaveDuplicates();
            long women = panel.stream().filter(id ->
                    EXAMPLE.pool().find(id).orElseThrow().value("gender").equals("female")).count();
            long liberals = panel.stream().filter(id ->
                    EXAMPLE.pool().find(id).orElseThrow().value("leaning").equals("liberal")).count();
            assertThat(women).isBetween(9L, 20L);
            assertThat(liberals).isBetween(9L, 20L);
        }
    }

    @Test
    void ourLegacyEstimateMatchesThePapersSortedProfile() throws IOException {
        double[] published = publishedLegacyProfile();
        double[] ours = ESTIMATE.probabilities().values().stream().mapToDouble(Double::doubleValue).sorted().toArray();

        assertThat(ours).hasSameSizeAs(published);
        double meanDifference = 0;
        for (int i = 0; i < ours.length; i++) {
            meanDifference += Math.abs(ours[i] - published[i]) / ours.length;
        }
        // Both are estimates from about 10,000 draws: per volunteer a standard error of about 0.3 points.
        assertThat(meanDifference).isLessThan(0.005);
        assertThat(ESTIMATE.fairness().minimum()).isLessThan(0.03);
        assertThat(ESTIMATE.failedDraws()).isZero();
    }

    @Test
    void legacyIsLessFairThanLeximinOnThePapersExample() {
        Lottery leximin = Lotteries.compute(EXAMPLE, SelectionOptions.leximin());

        ProbabilityChart chart = ProbabilityChart.of(leximin.probabilities(), ESTIMATE.probabilities());

        assertThat(chart.points()).hasSize(200);
        assertThat(chart.points().getFirst().legacy()).isLessThan(chart.points().getFirst().lottery());
        assertThat(chart.shareOfLegacyBelowLotteryMinimum()).isGreaterThan(0.3);
        assertThat(ESTIMATE.fairness().gini()).isGreaterThan(leximin.fairness().gini());
        assertThat(ESTIMATE.fairness().mean()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void theEstimateIsTheSameForTheSameSeed() {
        assertThat(LegacyEstimate.of(EXAMPLE, 500, 2021).probabilities())
                .isEqualTo(LegacyEstimate.of(EXAMPLE, 500, 2021).probabilities());
        Map<String, Double> other = LegacyEstimate.of(EXAMPLE, 500, 2022).probabilities();
        assertThat(other).isNotEqualTo(LegacyEstimate.of(EXAMPLE, 500, 2021).probabilities());
    }
}
