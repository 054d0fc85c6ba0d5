package nl.stemwerk.budgeting.rule;

import static nl.stemwerk.budgeting.testing.Elections.election;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.money.Fraction;
import nl.stemwerk.budgeting.testing.Elections;
import nl.stemwerk.budgeting.testing.SharedData;

class EqualSharesTest {

    private static final RuleVariant MES_COST = RuleVariant.parse("mes/cost/none/v1");
    private static final RuleVariant MES_CARDINALITY = RuleVariant.parse("mes/cardinality/none/v1");

    private static BudgetResult compute(BudgetElection election, RuleVariant variant) {
        return BudgetRules.compute(election, variant, Lot.fromSeed("test", election.projects().stream()
                .map(p -> p.id()).toList())).orElseThrow();
    }

    private static ProjectExplanation.FundedByEqualShares funded(BudgetResult result, String id) {
        return (ProjectExplanation.FundedByEqualShares) result.explanation(id).orElseThrow();
    }

    /** Worked examples from pabutools' own tests (tests/rules/test_rule.py), with costs in whole units. */
    @Nested
    class PabutoolsExamples {

        /** Lackner–Skowron running example: projects a–g cost 1, budget 4, twelve voters. MES = {a}. */
        @Test
        void lacknerSkowronExampleFundsOnlyA() {
            BudgetElection election = election(4).project("a", 1).project("b", 1).project("c", 1).project("d", 1)
                    .project("e", 1).project("f", 1).project("g", 1)
                    .voters(3, "a", "b").voters(3, "a", "c").voters(2, "a", "d").voters(1, "b", "c", "f")
                    .voters(1, "e").voters(1, "f").voters(1, "g").build();

            assertThat(compute(election, MES_COST).winners()).containsExactly("a");
            assertThat(compute(election, MES_CARDINALITY).winners()).containsExactly("a");
        }

        /** AppEx_2: p0(1), p1(0.9), p2(2), p3(1.09), budget 4. Cost: {p0, p2}; cardinality: {p0, p1, p3}. */
        @Test
        void costAndCardinalityUtilitiesAreDifferentRules() {
            BudgetElection election = Elections.electionInCents(400).projectInCents("p0", 100)
                    .projectInCents("p1", 90).projectInCents("p2", 200).projectInCents("p3", 109)
                    .voters(1, "p0").voters(2, "p1", "p2", "p3").voters(1, "p2").build();

            assertThat(compute(election, MES_COST).winners()).containsExactlyInAnyOrder("p0", "p2");
            assertThat(compute(election, MES_CARDINALITY).winners()).containsExactlyInAnyOrder("p0", "p1", "p3");
        }

        /** p1(2), p2(2), p3(3), budget 4; ballots p1×5, p2×1, p3×2: only p1 is affordable. */
        @Test
        void projectsWhoseSupportersHaveTooLittleMoneyAreNotFunded() {
            BudgetElection election = election(4).project("p1", 2).project("p2", 2).project("p3", 3)
                    .voters(5, "p1").voters(1, "p2").voters(2, "p3").build();

            BudgetResult result = compute(election, MES_COST);

            assertThat(result.winners()).containsExactly("p1");
            assertThat(result.explanation("p3").orElseThrow()).isInstanceOfSatisfying(
                    ProjectExplanation.NotAffordable.class, notAffordable ->
                            assertThat(notAffordable.supportersMoneyLeft()).isEqualTo(Fraction.of(100)));
        }

        @Test
        void anElectionWithoutBallotsFundsNothing() {
            BudgetElection election = election(4).project("a", 1).build();

            BudgetResult result = compute(election, EqualSharesRule.EQUALSHARES_TOOL_DEFAULT);

            assertThat(result.winners()).isEmpty();
            assertThat(result.explanation("a").orElseThrow()).isInstanceOf(ProjectExplanation.NoSupport.class);
        }
    }

    /**
     * Warsaw 2017, Plac Wojska Polskiego (27 voters, budget 51,195 zł, endowment 1,896.11 zł), worked out by hand in
     * shared/reference/participation.md §1.4: 427 first (EVC 16), then 915 (EVC 14), then 1623 (EVC 2.963).
     */
    @Test
    void placWojskaPolskiegoIsBoughtInTheOrderWorkedOutByHand() {
        BudgetResult result = compute(SharedData.election("poland_warszawa_2017_plac-wojska-polskiego.pb"), MES_COST);

        assertThat(result.winners()).containsExactly("427", "915", "1623");
        ProjectExplanation.FundedByEqualShares first = funded(result, "427");
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.fullPayers()).isEqualTo(16);
        assertThat(first.sharePerVoter()).isEqualTo(Fraction.of(1_599_500, 16));
        assertThat(first.partialPayers()).isEmpty();
        assertThat(funded(result, "915").sharePerVoter()).isEqualTo(Fraction.of(582_500, 14));
        ProjectExplanation.FundedByEqualShares third = funded(result, "1623");
        assertThat(third.sharePerVoter().toBigDecimal(0)).isEqualByComparingTo("97859");
        assertThat(third.partialPayers()).isNotEmpty();
        assertThat(third.totalPaid()).isEqualTo(Fraction.of(290_000));
        assertThat(Fraction.ONE.divide(third.perUnitOfUtility()).toBigDecimal(3)).isEqualByComparingTo("2.963");
        assertThat(result.explanation("2567").orElseThrow()).isInstanceOf(ProjectExplanation.NotAffordable.class);
    }

    /** Amsterdam 523: round 1 buys 41597 (EVC 607), round 2 buys 41602 (EVC 152.45), then nothing is affordable. */
    @Test
    void amsterdam523BuysTwoProjectsWithTheEffectiveVoteCountsOfTheReference() {
        BudgetResult result = compute(SharedData.election("netherlands_amsterdam_523_.pb"), MES_COST);

        assertThat(result.winners()).containsExactly("41597", "41602");
        assertThat(effectiveVotes(funded(result, "41597"))).isEqualByComparingTo("607.00");
        assertThat(effectiveVotes(funded(result, "41602"))).isEqualByComparingTo("152.45");
    }

    /** With cardinality utilities the same data gives {41600, 41602} (participation.md §2.3). */
    @Test
    void amsterdam523WithCardinalityUtilitiesFundsOtherProjects() {
        BudgetResult result = compute(SharedData.election("netherlands_amsterdam_523_.pb"), MES_CARDINALITY);

        assertThat(result.winners()).containsExactlyInAnyOrder("41600", "41602");
    }

    /** Wrocław 2021 had choose-1 ballots: with 189 zł per voter no project is affordable. */
    @Test
    void wroclawChooseOneBallotsLeavePlainEqualSharesEmpty() {
        BudgetResult result = compute(SharedData.election("poland_wroclaw_2021_.pb"), MES_COST);

        assertThat(result.winners()).isEmpty();
        assertThat(result.endowment().orElseThrow().startPerVoter().divide(100).floor()).hasToString("189");
    }

    @Test
    void everythingIsFundedWhenEverythingIsAffordable() {
        BudgetElection election = election(100).project("a", 10).project("b", 20).project("c", 30)
                .voters(2, "a", "b", "c").voters(1, "c").build();

        assertThat(compute(election, MES_COST).winners()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(compute(election, MES_CARDINALITY).winners()).containsExactlyInAnyOrder("a", "b", "c");
    }

    private static BigDecimal effectiveVotes(ProjectExplanation.FundedByEqualShares funded) {
        return Fraction.ONE.divide(funded.perUnitOfUtility()).toBigDecimal(2);
    }
}
