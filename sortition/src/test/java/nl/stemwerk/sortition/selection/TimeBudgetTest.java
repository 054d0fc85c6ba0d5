package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;

/**
 * A time budget of zero stops the computation at its first chance: after one master program and one exact
 * pricing. The lottery must still be valid and honest about what it did not prove.
 */
class TimeBudgetTest {
    private static final SelectionProblem PROBLEM = SharedData.sortitionFoundationFixture();
    private static final Lottery PROVEN = Lotteries.sortitionFoundationLeximin();

    private static SelectionOutcome.Computed stoppedAtOnce(Algorithm algorithm) {
        SelectionOutcome outcome = Lotteries.SORTITION.compute(PROBLEM,
                SelectionOptions.of(algorithm).withTimeBudget(Duration.ZERO));
        assertThat(outcome).isInstanceOf(SelectionOutcome.Computed.class);
        return (SelectionOutcome.Computed) outcome;
    }

    @Test
    void aLeximinRunOutOfTimeStillGivesPanelsThatMeetTheQuotasAndAddUpToThePanelSize() {
        Lottery lottery = stoppedAtOnce(Algorithm.LEXIMIN).lottery();

        Lotteries.assertEveryPanelMeetsTheQuotas(lottery);
        double sum = lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(22, within(1e-6));
    }

    @Test
    void aRunOutOfTimeIsMarkedNotProvenWithABoundAtLeastTheTrueOptimum() {
        for (Algorithm algorithm : new Algorithm[] {Algorithm.LEXIMIN, Algorithm.MAXIMIN}) {
            SelectionOutcome.Computed computed = stoppedAtOnce(algorithm);
            Optimality optimality = computed.optimality();

            assertThat(optimality.status()).as(algorithm.name()).isEqualTo(Optimality.Status.NOT_PROVEN);
            assertThat(optimality.proven()).isFalse();
            assertThat(optimality.lowestBound()).isGreaterThanOrEqualTo(PROVEN.fairness().minimum() - 1e-6);
            assertThat(computed.lottery().fairness().minimum())
                    .isLessThanOrEqualTo(PROVEN.fairness().minimum() + 1e-6)
                    .isLessThanOrEqualTo(optimality.lowestBound());
        }
    }

    @Test
    void theDutchMessageSaysNotProvenAndNamesTheBound() {
        SelectionOutcome.Computed computed = stoppedAtOnce(Algorithm.MAXIMIN);

        String message = computed.optimality().message(computed.lottery().fairness().minimum());

        assertThat(message).startsWith("Niet bewezen optimaal")
                .contains(String.format(Locale.ROOT, "%.6f", computed.optimality().lowestBound()));
    }

    @Test
    void aRunWithoutBudgetIsProvenAndItsBoundIsItsOwnMinimum() {
        SelectionOutcome outcome = Lotteries.SORTITION.compute(PROBLEM,
                SelectionOptions.of(Algorithm.MAXIMIN).withTimeBudget(Duration.ofDays(1)));

        SelectionOutcome.Computed computed = (SelectionOutcome.Computed) outcome;
        assertThat(computed.optimality().status()).isEqualTo(Optimality.Status.PROVEN);
        assertThat(computed.optimality().lowestBound()).isEqualTo(computed.lottery().fairness().minimum());
        assertThat(computed.optimality().message(0.09)).isEqualTo(
                "Bewezen optimaal: met deze methode en deze quota kan de loting niet eerlijker.");
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SelectionOptions.leximin().withTimeBudget(Duration.ofSeconds(-1)));
    }
}
