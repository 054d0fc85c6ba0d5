package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;

/**
 * The two public pools of the Nature paper (Flanigan et al. 2021, replication data): 1 conservative woman,
 * n/2 − 1 liberal women and n/2 conservative men, with quotas of at least k/2 − 1 per value. LEXIMIN (and, since
 * the mean is k/n, every MAXIMIN optimum) gives everybody exactly k/n = 10%, where LEGACY gives the liberal women
 * visibly less.
 */
class PaperExamplesTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"example_small_20, LEXIMIN", "example_small_20, MAXIMIN", "example_large_200, LEXIMIN",
            "example_large_200, MAXIMIN"})
    void everyVolunteerGetsExactlyOneInTen(String instance, Algorithm algorithm) {
        SelectionProblem problem = SharedData.paperInstance(instance);

        Lottery lottery = Lotteries.compute(problem, SelectionOptions.of(algorithm));

        assertThat(lottery.probabilities()).hasSize(problem.pool().size());
        lottery.probabilities().values().forEach(probability -> assertThat(probability).isCloseTo(0.1, within(1e-6)));
        assertThat(lottery.fairness().minimum()).isCloseTo(0.1, within(1e-6));
        assertThat(lottery.fairness().gini()).isCloseTo(0, within(1e-6));
        assertThat(lottery.fairness().geometricMean()).isCloseTo(0.1, within(1e-6));
        Lotteries.assertEveryPanelMeetsTheQuotas(lottery);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"example_small_20, 200", "example_large_200, 2000"})
    void theThreeKindsOfVolunteerFormThreeGroups(String instance, int poolSize) {
        Lottery lottery = Lotteries.compute(SharedData.paperInstance(instance), SelectionOptions.leximin());

        assertThat(lottery.groups()).extracting(VolunteerGroup::size)
                .containsExactlyInAnyOrder(1, poolSize / 2 - 1, poolSize / 2);
    }
}
