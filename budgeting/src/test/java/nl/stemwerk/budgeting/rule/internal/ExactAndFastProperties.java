package nl.stemwerk.budgeting.rule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.rule.BudgetOutcome;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.RuleVariant;
import nl.stemwerk.budgeting.testing.RandomElections;

/**
 * The doubles-with-error-bounds path never takes a different decision than exact fractions would: on random
 * elections, counting with every decision in exact fractions gives the same result, down to each exact share.
 */
class ExactAndFastProperties {

    private static final List<String> VARIANTS = List.of("mes/cost/none/v1", "mes/cardinality/none/v1",
            "mes/cost/add1-integral/exhaustive-stop/then-greedy/v1", "mes/cost/add1-exact/no-stop/v1",
            "mes/cardinality/add1-integral/exhaustive-stop/v1");

    @Provide
    Arbitrary<BudgetElection> tieHeavy() {
        return RandomElections.approval(6, 12, 6);
    }

    @Provide
    Arbitrary<BudgetElection> wide() {
        return RandomElections.approvalWithCents(12, 80);
    }

    @Provide
    Arbitrary<RuleVariant> variants() {
        return Arbitraries.of(VARIANTS).map(RuleVariant::parse);
    }

    @Property
    void withManyTiesFastAndExactCountingAgree(@ForAll("tieHeavy") BudgetElection election,
                                               @ForAll("variants") RuleVariant variant) {
        assertSameResult(election, variant);
    }

    @Property(tries = 300)
    void withFewTiesFastAndExactCountingAgree(@ForAll("wide") BudgetElection election,
                                              @ForAll("variants") RuleVariant variant) {
        assertSameResult(election, variant);
    }

    private static void assertSameResult(BudgetElection election, RuleVariant variant) {
        Lot lot = Lot.fromSeed("exact", election.projects().stream().map(Project::id).toList());

        BudgetOutcome fast = Counting.count(election, variant, lot, true);
        BudgetOutcome exact = Counting.count(election, variant, lot, false);

        assertThat(fast).isEqualTo(exact);
    }
}
