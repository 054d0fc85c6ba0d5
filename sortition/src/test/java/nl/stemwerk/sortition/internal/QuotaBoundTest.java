package nl.stemwerk.sortition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;
import nl.stemwerk.sortition.testing.SmallPools;

class QuotaBoundTest {
    /** Eight women for at most two seats, two men for at most two: each woman can have at most 2/8. */
    private static final SelectionProblem OVER_REPRESENTED = SelectionProblem.of(
            SmallPools.pool("f1:g=F", "f2:g=F", "f3:g=F", "f4:g=F", "f5:g=F", "f6:g=F", "f7:g=F", "f8:g=F",
                    "m1:g=M", "m2:g=M"),
            SmallPools.quotas("g=F:0-2", "g=M:0-2"), 4);

    @Test
    void anOverRepresentedValueBoundsTheLowestProbabilityByItsMaximumOverItsVolunteers() {
        Groups groups = Groups.of(OVER_REPRESENTED);

        QuotaBound bound = QuotaBound.of(groups);

        assertThat(bound.bound()).isEqualTo(0.25);
        double women = 0;
        for (Group group : groups.all()) {
            double expected = group.key().startsWith("f") ? (double) group.size() / 8 : 0;
            assertThat(bound.groupWeights()[group.index()]).isEqualTo(expected);
            women += bound.groupWeights()[group.index()];
        }
        assertThat(women).isEqualTo(1.0);
    }

    @Test
    void theLotteryReachesTheBoundWhenTheOverRepresentedValueDecides() {
        assertThat(Lotteries.compute(OVER_REPRESENTED, SelectionOptions.leximin()).fairness().minimum())
                .isCloseTo(0.25, within(1e-6));
    }

    @Test
    void onTheSortitionFoundationFixtureTheBoundIsAboveTheProvenOptimum() {
        SelectionProblem fixture = SharedData.sortitionFoundationFixture();

        double bound = QuotaBound.of(Groups.of(fixture)).bound();

        assertThat(bound).isGreaterThanOrEqualTo(Lotteries.sortitionFoundationLeximin().fairness().minimum() - 1e-9)
                .isLessThanOrEqualTo(22.0 / 150);
    }
}
