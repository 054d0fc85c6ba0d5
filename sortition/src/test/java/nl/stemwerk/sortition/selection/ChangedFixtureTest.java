package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;

/**
 * Regression: with one candidate's education changed, one CLP solve of the master ran for minutes. With GLOP and a
 * time limit per solve the computation finishes and is still exact.
 */
class ChangedFixtureTest {
    private static final SelectionProblem PROBLEM = SharedData.sortitionFoundationFixtureWithChangedEducation();

    @Test
    void leximinFinishesProvenWithPanelsThatMeetTheQuotasAndTheMaximinMinimum() {
        SelectionOutcome.Computed leximin = (SelectionOutcome.Computed) Lotteries.SORTITION.compute(PROBLEM,
                SelectionOptions.leximin());
        Lottery maximin = Lotteries.compute(PROBLEM, SelectionOptions.of(Algorithm.MAXIMIN));

        assertThat(leximin.optimality().proven()).isTrue();
        Lotteries.assertEveryPanelMeetsTheQuotas(leximin.lottery());
        Lotteries.assertEveryPanelMeetsTheQuotas(maximin);
        double sum = leximin.lottery().probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(22, within(1e-6));
        assertThat(leximin.lottery().fairness().minimum())
                .isGreaterThanOrEqualTo(maximin.fairness().minimum() - 1e-6);
        assertThat(leximin.lottery().fairness().gini()).isLessThanOrEqualTo(maximin.fairness().gini() + 1e-9);
    }
}
