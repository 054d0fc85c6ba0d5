package nl.stemwerk.budgeting.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.money.Money;

class BudgetElectionTest {

    private static final List<Project> PROJECTS = List.of(Project.of("a", "Speeltuin", Money.ofUnits(10)),
            Project.of("b", "Bankjes", Money.ofUnits(5)));

    private static BudgetElection election(List<Ballot> ballots, BallotRules rules) {
        return new BudgetElection(Money.ofUnits(12), "EUR", VoteType.APPROVAL, PROJECTS, ballots, rules, null);
    }

    /** pabutools' AppEx_4 has a project that costs 0; no rule here can fund one, so it is refused up front. */
    @Test
    void aProjectThatCostsNothingIsRefused() {
        assertThatThrownBy(() -> Project.of("p0", null, Money.ZERO)).isInstanceOfSatisfying(
                BudgetingException.class, e -> assertThat(e.code()).isEqualTo(BudgetingError.COST_NOT_POSITIVE))
                .hasMessageContaining("'p0' kost 0");
    }

    @Test
    void invalidBallotsAreRefusedWithTheVoterAndTheReason() {
        List<Ballot> ballots = List.of(Ballot.of("1", List.of("a")), Ballot.of("2", List.of("a", "b", "c")),
                Ballot.of("3", List.of("b", "b")));

        assertThatThrownBy(() -> election(ballots, BallotRules.NONE.withLength(1, 2)))
                .isInstanceOfSatisfying(BudgetingException.class,
                        e -> assertThat(e.code()).isEqualTo(BudgetingError.INVALID_BALLOT))
                .hasMessage("2 stemmen zijn niet geldig. Stem van kiezer '2': De stem noemt project 'c', maar dat "
                        + "project staat niet in de lijst met projecten. Stem van kiezer '2': De stem kiest 3 "
                        + "projecten. Dat mogen er hoogstens 2 zijn. Stem van kiezer '3': De stem noemt project 'b' "
                        + "meer dan één keer.");
    }

    @Test
    void aBallotAboveTheCostLimitOfTheFormCanStillBeCounted() {
        List<Ballot> ballots = List.of(Ballot.of("1", List.of("a", "b")));
        BallotRules knapsack = BallotRules.NONE.withSumCost(Money.ZERO, Money.ofUnits(12));

        assertThat(election(ballots, knapsack).ballots()).hasSize(1);
        assertThat(knapsack.check(List.of("a", "b"), List.of(), false, id -> Money.ofUnits(id.equals("a") ? 10 : 5),
                "EUR")).singleElement().satisfies(violation -> {
                    assertThat(violation.kind().blocksCounting()).isFalse();
                    assertThat(violation.message()).isEqualTo("De gekozen projecten kosten samen € 15. Dat moet "
                            + "hoogstens € 12 zijn.");
                });
    }

    @Test
    void aVoterCanVoteOnlyOnceAndTheBudgetMustBePositive() {
        assertThatThrownBy(() -> election(List.of(Ballot.of("1", List.of("a")), Ballot.of("1", List.of("b"))),
                BallotRules.NONE)).isInstanceOfSatisfying(BudgetingException.class,
                e -> assertThat(e.code()).isEqualTo(BudgetingError.DUPLICATE_VOTER));
        assertThatThrownBy(() -> new BudgetElection(Money.ZERO, "EUR", VoteType.APPROVAL, PROJECTS, List.of(),
                BallotRules.NONE, null)).hasMessage("Het budget is 0. Het budget moet meer dan 0 zijn.");
    }
}
