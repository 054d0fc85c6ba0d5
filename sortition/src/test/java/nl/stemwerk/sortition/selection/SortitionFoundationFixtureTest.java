package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;

/** The Sortition Foundation's test fixture: 150 synthetic Scottish candidates, 4 categories, a panel of 22. */
class SortitionFoundationFixtureTest {
    private static final SelectionProblem PROBLEM = SharedData.sortitionFoundationFixture();
    private static final Lottery LEXIMIN = Lotteries.sortitionFoundationLeximin();
    private static final Lottery MAXIMIN = Lotteries.compute(PROBLEM, SelectionOptions.of(Algorithm.MAXIMIN));

    @Test
    void everyPanelInTheLeximinSupportMeetsTheQuotas() {
        Lotteries.assertEveryPanelMeetsTheQuotas(LEXIMIN);
    }

    @Test
    void everyPanelInTheMaximinSupportMeetsTheQuotas() {
        Lotteries.assertEveryPanelMeetsTheQuotas(MAXIMIN);
    }

    @Test
    void probabilitiesAddUpToThePanelSize() {
        double sum = LEXIMIN.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();

        assertThat(sum).isCloseTo(22, within(1e-6));
    }

    @Test
    void leximinAndMaximinShareTheLowestProbabilityButLeximinSpreadsTheRestMoreEvenly() {
        assertThat(LEXIMIN.fairness().minimum()).isCloseTo(MAXIMIN.fairness().minimum(), within(1e-6));
        assertThat(LEXIMIN.fairness().gini()).isLessThanOrEqualTo(MAXIMIN.fairness().gini() + 1e-9);
        assertThat(LEXIMIN.fairness().geometricMean())
                .isGreaterThanOrEqualTo(MAXIMIN.fairness().geometricMean() - 1e-9);
    }

    @Test
    void nobodyFallsBelowTheLowestProbabilityAndTheBestOffAreFarFromCertain() {
        assertThat(LEXIMIN.fairness().minimum()).isGreaterThan(0.05);
        assertThat(LEXIMIN.fairness().maximum()).isLessThan(1);
        assertThat(LEXIMIN.fairness().mean()).isCloseTo(22.0 / 150, within(1e-9));
    }

    @Test
    void withOneMemberPerHouseholdNoPanelTakesTwoHousemates() {
        // The fixture's addresses are all different, so the rule changes nothing but must still hold.
        Lottery lottery = Lotteries.compute(PROBLEM.withOneMemberPerHousehold(true), SelectionOptions.leximin());

        Lotteries.assertEveryPanelMeetsTheQuotas(lottery);
        assertThat(lottery.fairness().minimum()).isCloseTo(LEXIMIN.fairness().minimum(), within(1e-6));
    }
}
