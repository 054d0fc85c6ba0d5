package nl.stemwerk.budgeting.rule;

import static nl.stemwerk.budgeting.testing.Elections.election;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.election.BudgetElection;

/** The checker used by {@link BudgetRulesProperties}, tested on outcomes whose answer is known. */
class EjrUpToOneTest {

    /** Two voters, budget 2: each may claim half, so funding only a leaves the voter of b without anything. */
    @Test
    void anOutcomeThatIgnoresHalfOfTheVotersIsAViolation() {
        BudgetElection election = election(2).project("a", 1).project("b", 1).voters(1, "a").voters(1, "b").build();

        assertThat(EjrUpToOne.findViolation(election, Set.of("a"), true)).hasValueSatisfying(violation -> {
            assertThat(violation.projects()).containsExactly("b");
            assertThat(violation.voters()).containsExactly("v2");
        });
        assertThat(EjrUpToOne.findViolation(election, Set.of("a", "b"), true)).isEmpty();
    }

    /**
     * Budget 10, six voters want p1–p5 and four want q1–q5, all costing 2. Greedy spends everything on p: the four
     * are entitled to 4 of the 10 and approve q1 and q2 (cost 4), yet get nothing, even up to one project. Equal
     * Shares gives them two q projects.
     */
    @Test
    void greedyOnAPolarisedVoteViolatesItAndEqualSharesDoesNot() {
        BudgetElection election = election(10).project("p1", 2).project("p2", 2).project("p3", 2).project("p4", 2)
                .project("p5", 2).project("q1", 2).project("q2", 2).project("q3", 2).project("q4", 2)
                .project("q5", 2).voters(6, "p1", "p2", "p3", "p4", "p5").voters(4, "q1", "q2", "q3", "q4", "q5")
                .build();
        Lot lot = Lot.fromSeed("ejr", election.projects().stream().map(p -> p.id()).toList());

        Set<String> greedy = new HashSet<>(BudgetRules.compute(election, GreedyRule.BY_VOTES, lot).orElseThrow()
                .winners());
        Set<String> equalShares = new HashSet<>(BudgetRules.compute(election, RuleVariant.parse("mes/cost/none/v1"),
                lot).orElseThrow().winners());

        assertThat(greedy).containsExactlyInAnyOrder("p1", "p2", "p3", "p4", "p5");
        assertThat(EjrUpToOne.findViolation(election, greedy, true)).hasValueSatisfying(
                violation -> assertThat(violation.voters()).hasSize(4));
        assertThat(equalShares.stream().filter(id -> id.startsWith("q"))).hasSize(2);
        assertThat(equalShares.stream().filter(id -> id.startsWith("p"))).hasSize(3);
        assertThat(EjrUpToOne.findViolation(election, equalShares, true)).isEmpty();
        assertThat(EjrUpToOne.findViolation(election, equalShares, false)).isEmpty();
    }

    /**
     * Budget 8, four voters: two want a (1), b (3) and x (1), two want c (4). The first two may claim 4 and approve
     * a and b (cost 4). Funding a, x and c gives them 2: one project short, but with b they would have 5 > 4, so
     * with cost utilities that is allowed. Funding only c leaves them with 0, and even b would bring only 3.
     */
    @Test
    void oneProjectShortIsNotAViolationWithCostUtilities() {
        BudgetElection election = election(8).project("a", 1).project("b", 3).project("x", 1).project("c", 4)
                .voters(2, "a", "b", "x").voters(2, "c").build();

        assertThat(EjrUpToOne.findViolation(election, Set.of("a", "x", "c"), true)).isEmpty();
        assertThat(EjrUpToOne.findViolation(election, Set.of("c"), true)).hasValueSatisfying(
                violation -> assertThat(violation.voters()).containsExactly("v1", "v2"));
    }

    /** With cardinality utilities "up to one" is plain EJR: a group owed two projects that gets one is left out. */
    @Test
    void withCardinalityUtilitiesOneProjectShortIsAViolation() {
        BudgetElection election = election(4).project("a", 1).project("b", 1).project("c", 2)
                .voters(2, "a", "b").voters(2, "c").build();

        assertThat(EjrUpToOne.findViolation(election, Set.of("a", "c"), false)).hasValueSatisfying(
                violation -> assertThat(violation.projects()).containsExactlyInAnyOrder("a", "b"));
        assertThat(EjrUpToOne.findViolation(election, Set.of("a", "b", "c"), false)).isEmpty();
    }
}
