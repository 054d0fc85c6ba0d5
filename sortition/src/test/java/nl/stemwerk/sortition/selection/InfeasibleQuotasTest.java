package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.QuotaWidening;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;
import nl.stemwerk.sortition.testing.SmallPools;

class InfeasibleQuotasTest {

    private static SelectionOutcome.InfeasibleQuotas infeasible(SelectionProblem problem) {
        SelectionOutcome outcome = Lotteries.SORTITION.compute(problem, SelectionOptions.leximin());
        assertThat(outcome).isInstanceOf(SelectionOutcome.InfeasibleQuotas.class);
        return (SelectionOutcome.InfeasibleQuotas) outcome;
    }

    private static SelectionProblem withQuota(SelectionProblem problem, Quota replacement) {
        List<Quota> quotas = new ArrayList<>(problem.quotas().quotas());
        quotas.replaceAll(quota -> quota.category().equals(replacement.category())
                && quota.value().equals(replacement.value()) ? replacement : quota);
        return new SelectionProblem(problem.pool(), new Quotas(quotas), problem.panelSize(), problem.keptIds(),
                problem.oneMemberPerHousehold());
    }

    private static SelectionProblem widened(SelectionProblem problem, List<QuotaWidening> advice) {
        SelectionProblem result = problem;
        for (QuotaWidening widening : advice) {
            result = withQuota(result, new Quota(widening.quota().category(), widening.quota().value(),
                    widening.newMin(), widening.newMax()));
        }
        return result;
    }

    @Test
    void aMinimumAboveWhatThePoolHasIsLoweredToWhatThePoolHas() {
        // Only one volunteer from Highlands and Islands stays in the pool, while the quota asks for at least 2.
        SelectionProblem fixture = SharedData.sortitionFoundationFixture();
        List<Volunteer> volunteers = new ArrayList<>();
        boolean highlanderKept = false;
        for (Volunteer volunteer : fixture.pool().volunteers()) {
            boolean highlander = "Highlands and Islands".equals(volunteer.value("geo_bucket"));
            if (!highlander || !highlanderKept) {
                volunteers.add(volunteer);
                highlanderKept |= highlander;
            }
        }
        SelectionProblem problem = new SelectionProblem(new Pool(volunteers), fixture.quotas(), 22, Set.of(), false);

        SelectionOutcome.InfeasibleQuotas outcome = infeasible(problem);

        assertThat(outcome.advice()).hasSize(1);
        QuotaWidening widening = outcome.advice().getFirst();
        assertThat(widening.quota().value()).isEqualTo("Highlands and Islands");
        assertThat(widening.newMin()).isEqualTo(1);
        assertThat(widening.amount()).isEqualTo(1);
        assertThat(widening.message())
                .isEqualTo("Verlaag het minimum van geo_bucket = Highlands and Islands van 2 naar 1 (1 minder).");
        assertThat(outcome.reasons()).extracting(reason -> reason.message()).anyMatch(message ->
                message.contains("maar er zijn maar 1 aanmelders met die waarde"));
        assertThat(Lotteries.SORTITION.checkQuotas(widened(problem, outcome.advice()))).isEmpty();
    }

    @Test
    void minimumsAddingUpToMoreThanThePanelAreLoweredByTheExcessInTotal() {
        SelectionProblem example = SharedData.paperInstance("example_small_20");
        SelectionProblem problem = withQuota(withQuota(example, new Quota("gender", "female", 12, 20)),
                new Quota("gender", "male", 11, 20));

        SelectionOutcome.InfeasibleQuotas outcome = infeasible(problem);

        assertThat(outcome.advice().stream().mapToInt(QuotaWidening::amount).sum()).isEqualTo(3);
        assertThat(outcome.advice()).allMatch(widening -> widening.newMax() == widening.quota().max());
        assertThat(outcome.reasons()).extracting(reason -> reason.message()).containsExactly("Bij 'gender' tellen de"
                + " minimums op tot 23, maar het panel heeft 20 plaatsen. Verlaag de minimums samen met minstens 3.");
        assertThat(outcome.message()).startsWith("Met deze quota is geen panel mogelijk.").contains("Verlaag het minimum");
        assertThat(Lotteries.SORTITION.checkQuotas(widened(problem, outcome.advice()))).isEmpty();
    }

    @Test
    void categoriesThatClashOnlyTogetherGetTheSmallestWidening() {
        // Every woman is young and every man old; 2 young and 2 men are asked for on a panel of 3.
        SelectionProblem problem = SelectionProblem.of(
                SmallPools.pool("a:sex=f,age=young", "b:sex=f,age=young", "c:sex=m,age=old", "d:sex=m,age=old",
                        "e:sex=f,age=young"),
                SmallPools.quotas("sex=f:0-3", "sex=m:2-3", "age=young:2-3", "age=old:0-3"), 3);

        SelectionOutcome.InfeasibleQuotas outcome = infeasible(problem);

        assertThat(outcome.reasons()).as("each category on its own is fine").isEmpty();
        assertThat(outcome.advice()).hasSize(1);
        assertThat(outcome.advice().getFirst().amount()).isEqualTo(1);
        assertThat(outcome.advice().getFirst().newMin()).isEqualTo(1);
        assertThat(Lotteries.SORTITION.checkQuotas(widened(problem, outcome.advice()))).isEmpty();
    }

    @Test
    void largeQuotasAreWidenedBeforeSmallOnes() {
        // 3 seats must be found below the minimums; taking them from the quota of 10 changes less than from the 2.
        SelectionProblem problem = SelectionProblem.of(
                SmallPools.pool("a:wijk=noord", "b:wijk=noord", "c:wijk=noord", "d:wijk=noord", "e:wijk=noord",
                        "f:wijk=noord", "g:wijk=noord", "h:wijk=noord", "i:wijk=noord", "j:wijk=noord",
                        "k:wijk=zuid", "l:wijk=zuid"),
                SmallPools.quotas("wijk=noord:10-10", "wijk=zuid:2-2"), 9);

        SelectionOutcome.InfeasibleQuotas outcome = infeasible(problem);

        assertThat(outcome.advice()).extracting(QuotaWidening::message)
                .containsExactly("Verlaag het minimum van wijk = noord van 10 naar 7 (3 minder).");
    }

    @Test
    void tooFewHouseholdsForThePanelIsAnErrorNotAnAdvice() {
        SelectionProblem problem = new SelectionProblem(
                SmallPools.pool("a:wijk=noord@Laan 1", "b:wijk=noord@Laan 1", "c:wijk=noord@Laan 2"),
                SmallPools.quotas("wijk=noord:0-3"), 3, Set.of(), true);

        assertThatThrownBy(() -> Lotteries.SORTITION.compute(problem, SelectionOptions.leximin()))
                .isInstanceOfSatisfying(SortitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.PANEL_SIZE_INVALID);
                    assertThat(e.getMessage()).contains("te weinig aanmelders op verschillende adressen");
                });
    }
}
