package nl.stemwerk.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.selection.GroupRole;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;
import nl.stemwerk.sortition.testing.SmallPools;

class ReplacementTest {
    private static final SelectionProblem PROBLEM = SharedData.sortitionFoundationFixture();
    private static final DrawnPanel DRAWN = Draw.draw(Lotteries.sortitionFoundationLeximin(),
            PublicSeed.parse("141421356"));

    @Test
    void aReplacementKeepsTheOthersAndTheQuotasAndStatesEveryonesChance() {
        // Some members cannot be replaced without widening a quota; take the first who can.
        String withdrawn = DRAWN.memberIds().stream().filter(id -> Lotteries.SORTITION.checkQuotas(
                Replacement.afterWithdrawal(PROBLEM, DRAWN.memberIds(), List.of(id))).isEmpty())
                .findFirst().orElseThrow();
        SelectionProblem replacement = Replacement.afterWithdrawal(PROBLEM, DRAWN.memberIds(), List.of(withdrawn));

        Lottery lottery = Lotteries.compute(replacement, SelectionOptions.leximin());
        DrawnPanel newPanel = Draw.draw(lottery, PublicSeed.parse("173205080"));

        assertThat(replacement.pool().find(withdrawn)).isEmpty();
        assertThat(replacement.keptIds()).hasSize(21).doesNotContain(withdrawn);
        assertThat(newPanel.memberIds()).hasSize(22).containsAll(replacement.keptIds()).doesNotContain(withdrawn);
        assertThat(Replacement.replacements(replacement, newPanel)).hasSize(1);
        Lotteries.assertEveryPanelMeetsTheQuotas(lottery);
        replacement.keptIds().forEach(id -> assertThat(lottery.probability(id)).isEqualTo(1.0));
        double chances = lottery.probabilities().entrySet().stream()
                .filter(entry -> !replacement.keptIds().contains(entry.getKey()))
                .mapToDouble(entry -> entry.getValue()).sum();
        assertThat(chances).as("exactly one seat is drawn among the others").isCloseTo(1, within(1e-6));
        assertThat(lottery.groups()).filteredOn(group -> group.role() == GroupRole.KEPT).hasSize(21);
    }

    @Test
    void whenNobodyElseFitsTheAdviceSaysWhichQuotaToWiden() {
        SelectionProblem problem = SelectionProblem.of(
                SmallPools.pool("a:wijk=noord", "b:wijk=zuid", "c:wijk=zuid", "d:wijk=zuid"),
                SmallPools.quotas("wijk=noord:1-1", "wijk=zuid:1-2"), 2);
        SelectionProblem replacement = Replacement.afterWithdrawal(problem, List.of("a", "b"), List.of("a"));

        SelectionOutcome outcome = Lotteries.SORTITION.compute(replacement, SelectionOptions.leximin());

        assertThat(outcome).isInstanceOfSatisfying(SelectionOutcome.InfeasibleQuotas.class, infeasible ->
                assertThat(infeasible.advice()).extracting(widening -> widening.message())
                        .containsExactly("Verlaag het minimum van wijk = noord van 1 naar 0 (1 minder)."));
    }

    @Test
    void onlyPanelMembersCanWithdraw() {
        String outsider = PROBLEM.pool().volunteers().stream().map(Volunteer::id)
                .filter(id -> !DRAWN.memberIds().contains(id)).findFirst().orElseThrow();

        assertThatThrownBy(() -> Replacement.afterWithdrawal(PROBLEM, DRAWN.memberIds(), List.of(outsider)))
                .isInstanceOfSatisfying(SortitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.WITHDRAWN_NOT_ON_PANEL));
    }
}
