package nl.stemwerk.budgeting.rule;

import static nl.stemwerk.budgeting.testing.Elections.election;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.testing.SharedData;

class GreedyTest {

    private static final RuleVariant BY_POINTS = RuleVariant.parse("greedy/points/v1");

    /**
     * Częstochowa 2020, Grabówka (cumulative ballots, budget 225,862 zł), by hand. By votes: 196 (72), 443 (62), 448
     * (43) does not fit, 463 and 177 both have 31 votes: the cheaper 463 goes first and 177 no longer fits, then 47
     * and 198; 89 does not fit. By points the order differs (177 before 463) but the winners are the same.
     */
    @Test
    void czestochowaGrabowkaFundsTheSameFiveProjectsByVotesAndByPoints() {
        BudgetElection election = SharedData.election("poland_czestochowa_2020_grabowka.pb");

        BudgetResult byVotes = BudgetRules.compute(election, GreedyRule.BY_VOTES).orElseThrow();
        BudgetResult byPoints = BudgetRules.compute(election, BY_POINTS).orElseThrow();

        assertThat(byVotes.winners()).containsExactly("196", "443", "463", "47", "198");
        assertThat(byVotes.totalCost()).isEqualTo(Money.ofUnits(215_294));
        assertThat(byVotes.tieBreaks()).containsExactly(
                new TieBreak(List.of("177", "463"), TieBreak.DecidedBy.LOWEST_COST, "463"));
        assertThat(byPoints.winners()).containsExactly("196", "443", "463", "47", "198");
        assertThat(byPoints.explanation("177").orElseThrow()).isInstanceOfSatisfying(
                ProjectExplanation.SkippedByGreedy.class, skipped -> {
                    assertThat(skipped.position()).isEqualTo(4);
                    assertThat(skipped.moneyLeft()).isEqualTo(Money.ofUnits(225_862 - 181_794));
                });
    }

    /** pabutools AppEx_1: two voters approve all of p0(1), p1(3), p2(2), p3(1); budget 3. */
    @Test
    void projectsThatTieButAllFitNeedNoLot() {
        BudgetElection election = election(3).project("p0", 1).project("p1", 3).project("p2", 2).project("p3", 1)
                .voters(2, "p0", "p1", "p2", "p3").build();

        BudgetResult result = BudgetRules.compute(election, GreedyRule.BY_VOTES).orElseThrow();

        assertThat(result.winners()).containsExactlyInAnyOrder("p0", "p3");
    }

    @Test
    void projectsThatTieOnVotesAndCostWhenOnlyOneFitsNeedALot() {
        BudgetElection election = election(3).project("a", 2).project("b", 2).voters(1, "a").voters(1, "b").build();

        BudgetOutcome withoutLot = BudgetRules.compute(election, GreedyRule.BY_VOTES);
        BudgetResult withLot = BudgetRules.compute(election, GreedyRule.BY_VOTES, new Lot(List.of("b", "a"),
                "test")).orElseThrow();

        assertThat(withoutLot).isInstanceOfSatisfying(BudgetOutcome.LotRequired.class, lot -> {
            assertThat(lot.tiedProjectIds()).containsExactly("a", "b");
            assertThat(lot.dutchMessage()).contains("loting");
        });
        assertThat(withLot.winners()).containsExactly("b");
        assertThat(withLot.tieBreaks()).containsExactly(new TieBreak(List.of("a", "b"), TieBreak.DecidedBy.LOT, "b"));
    }

    @Nested
    class Caps {

        private BudgetElection green(long budget) {
            return new BudgetElection(Money.ofUnits(budget), "EUR", VoteType.APPROVAL, List.of(
                    new Project("x", "x", Money.ofUnits(40), List.of("Groen"), Optional.empty()),
                    new Project("y", "y", Money.ofUnits(30), List.of("Groen"), Optional.empty()),
                    new Project("z", "z", Money.ofUnits(50), List.of("Spelen"), Optional.empty())),
                    List.of(Ballot.of("1", List.of("x", "y", "z")), Ballot.of("2", List.of("x", "y")),
                            Ballot.of("3", List.of("x"))),
                    BallotRules.NONE, new BudgetCaps(Map.of("Groen", Money.ofUnits(50)), Map.of()));
        }

        @Test
        void aProjectThatWouldGoOverTheCapOfItsCategoryIsSkipped() {
            BudgetResult result = BudgetRules.compute(green(100), RuleVariant.parse("greedy/votes/caps-category/v1"))
                    .orElseThrow();

            assertThat(result.winners()).containsExactly("x", "z");
            assertThat(result.explanation("y").orElseThrow()).isEqualTo(new ProjectExplanation.ExceedsCap(
                    green(100).projects().get(1), CapKind.CATEGORY, "Groen", Money.ofUnits(10)));
        }

        @Test
        void theLeftoverPassFundsCappedProjectsFromTheMoneyLeft() {
            RuleVariant amsterdam = RuleVariant.parse("greedy/votes/caps-category/leftover-uncapped/v1");

            BudgetResult result = BudgetRules.compute(green(130), amsterdam).orElseThrow();

            assertThat(result.winners()).containsExactly("x", "z", "y");
            assertThat(result.explanation("y").orElseThrow()).isInstanceOfSatisfying(
                    ProjectExplanation.FundedByGreedy.class, funded -> assertThat(funded.inLeftoverPass()).isTrue());
        }

        @Test
        void amsterdamGeuzenveldStaysUnderEveryCategoryCap() {
            BudgetElection election = SharedData.election("netherlands_amsterdam_285_.pb");

            for (String id : List.of("greedy/votes/caps-category/v1", "mes/cost/add1-integral/exhaustive-stop/caps-category/v1")) {
                BudgetResult result = BudgetRules.compute(election, RuleVariant.parse(id),
                        Lot.fromSeed("caps", election.projects().stream().map(Project::id).toList())).orElseThrow();

                election.caps().perCategory().forEach((category, cap) -> assertThat(spentOn(election, result,
                        p -> p.categories().contains(category))).as(id + " " + category).isLessThanOrEqualTo(cap));
                assertThat(result.totalCost()).isLessThanOrEqualTo(election.budget());
            }
        }

        @Test
        void amsterdamCentrumStaysUnderEveryNeighbourhoodCap() {
            BudgetElection election = SharedData.election("netherlands_amsterdam_252_.pb");

            BudgetResult result = BudgetRules.compute(election, RuleVariant.parse("greedy/votes/caps-neighbourhood/v1"),
                    Lot.fromSeed("caps", election.projects().stream().map(Project::id).toList())).orElseThrow();

            election.caps().perNeighbourhood().forEach((neighbourhood, cap) -> assertThat(spentOn(election, result,
                    p -> p.neighbourhood().orElse("").equals(neighbourhood))).isLessThanOrEqualTo(cap));
            assertThat(result.explanations()).anyMatch(e -> e instanceof ProjectExplanation.ExceedsCap);
        }

        @Test
        void capsThatWereNotSetCannotBeApplied() {
            BudgetElection election = election(10).project("a", 1).voters(1, "a").build();

            assertThatThrownBy(() -> BudgetRules.compute(election, RuleVariant.parse("greedy/votes/caps-category/v1")))
                    .isInstanceOfSatisfying(BudgetingException.class,
                            e -> assertThat(e.code()).isEqualTo(BudgetingError.CAPS_NOT_SET));
        }

        private static Money spentOn(BudgetElection election, BudgetResult result,
                                     java.util.function.Predicate<Project> inGroup) {
            return election.projects().stream().filter(p -> result.winners().contains(p.id())).filter(inGroup)
                    .map(Project::cost).reduce(Money.ZERO, Money::plus);
        }
    }

    @Test
    void aRuleThatDoesNotFitTheBallotsIsRefusedWithADutchMessage() {
        BudgetElection ranked = new BudgetElection(Money.ofUnits(10), "EUR", VoteType.ORDINAL,
                List.of(Project.of("a", "a", Money.ofUnits(1))), List.of(Ballot.of("1", List.of("a"))),
                BallotRules.NONE, BudgetCaps.NONE);
        BudgetElection approval = election(10).project("a", 1).voters(1, "a").build();

        assertThatThrownBy(() -> BudgetRules.compute(ranked, GreedyRule.BY_VOTES))
                .isInstanceOfSatisfying(BudgetingException.class,
                        e -> assertThat(e.code()).isEqualTo(BudgetingError.RULE_NEEDS_APPROVAL_BALLOTS))
                .hasMessageContaining("rangschikkingen");
        assertThatThrownBy(() -> BudgetRules.compute(ranked, EqualSharesRule.EQUALSHARES_TOOL_DEFAULT))
                .hasMessageContaining("methode van gelijke delen");
        assertThatThrownBy(() -> BudgetRules.compute(approval, BY_POINTS))
                .isInstanceOfSatisfying(BudgetingException.class,
                        e -> assertThat(e.code()).isEqualTo(BudgetingError.RULE_NEEDS_POINTS));
    }
}
