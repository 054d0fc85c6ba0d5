package nl.stemwerk.budgeting.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.testing.RandomElections;

class BudgetRulesProperties {

    private static final List<String> VARIANTS = List.of("greedy/votes/v1", "greedy/votes/caps-category/v1",
            "greedy/votes/caps-category/leftover-uncapped/v1", "mes/cost/none/v1", "mes/cardinality/none/v1",
            "mes/cost/none/then-greedy/v1", "mes/cost/add1-integral/exhaustive-stop/v1",
            "mes/cost/add1-integral/no-stop/then-greedy/v1", "mes/cost/add1-exact/exhaustive-stop/v1",
            "mes/cardinality/add1-exact/no-stop/v1", "mes/cost/add1-integral/exhaustive-stop/caps-category/v1");

    @Provide
    Arbitrary<BudgetElection> small() {
        return RandomElections.approval(6, 9, 10);
    }

    @Provide
    Arbitrary<RuleVariant> variants() {
        return Arbitraries.of(VARIANTS).map(RuleVariant::parse);
    }

    private static BudgetResult compute(BudgetElection election, RuleVariant variant) {
        return BudgetRules.compute(election, variant, Lot.fromSeed("eigenschappen", election.projects().stream()
                .map(Project::id).toList())).orElseThrow();
    }

    @Property
    void outcomesNeverExceedTheBudgetOrACap(@ForAll("small") BudgetElection election,
                                           @ForAll("variants") RuleVariant variant) {
        BudgetResult result = compute(election, variant);

        Money spent = election.projects().stream().filter(p -> result.winners().contains(p.id()))
                .map(Project::cost).reduce(Money.ZERO, Money::plus);
        assertThat(result.winners()).doesNotHaveDuplicates();
        assertThat(spent).isEqualTo(result.totalCost()).isLessThanOrEqualTo(election.budget());
        if (variant.caps().contains(CapKind.CATEGORY) && !(variant instanceof GreedyRule greedy
                && greedy.leftoverWithoutCaps())) {
            election.caps().perCategory().forEach((category, cap) -> assertThat(election.projects().stream()
                    .filter(p -> result.winners().contains(p.id()) && p.categories().contains(category))
                    .map(Project::cost).reduce(Money.ZERO, Money::plus)).isLessThanOrEqualTo(cap));
        }
        assertThat(result.explanations()).hasSize(election.projects().size())
                .allSatisfy(e -> assertThat(e.funded()).isEqualTo(result.winners().contains(e.project().id())));
    }

    /** Peters, Pierczyński and Skowron (2021): Equal Shares with budget/voters per voter is EJR up to one. */
    @Property
    void equalSharesIsEjrUpToOneProject(@ForAll("small") BudgetElection election) {
        for (String id : List.of("mes/cost/none/v1", "mes/cost/add1-exact/exhaustive-stop/v1",
                "mes/cost/add1-exact/no-stop/v1")) {
            BudgetResult result = compute(election, RuleVariant.parse(id));
            assertThat(EjrUpToOne.findViolation(election, new HashSet<>(result.winners()), true)).as(id).isEmpty();
        }
        for (String id : List.of("mes/cardinality/none/v1", "mes/cardinality/add1-exact/exhaustive-stop/v1")) {
            BudgetResult result = compute(election, RuleVariant.parse(id));
            assertThat(EjrUpToOne.findViolation(election, new HashSet<>(result.winners()), false)).as(id).isEmpty();
        }
    }

    @Property
    void theOrderOfVotersAndProjectsDoesNotMatter(@ForAll("small") BudgetElection election,
                                                  @ForAll("variants") RuleVariant variant, @ForAll long seed) {
        Random random = new Random(seed);
        List<Project> projects = new ArrayList<>(election.projects());
        List<nl.stemwerk.budgeting.election.Ballot> ballots = new ArrayList<>(election.ballots());
        Collections.shuffle(projects, random);
        Collections.shuffle(ballots, random);
        BudgetElection shuffled = new BudgetElection(election.budget(), election.currency(), election.voteType(),
                projects, ballots, election.ballotRules(), election.caps());

        BudgetResult original = compute(election, variant);
        BudgetResult reordered = compute(shuffled, variant);

        assertThat(reordered.winners()).isEqualTo(original.winners());
        assertThat(reordered.tieBreaks()).isEqualTo(original.tieBreaks());
        assertThat(new HashSet<>(reordered.explanations())).isEqualTo(new HashSet<>(original.explanations()));
    }

    @Property
    void everyVariantIdReadsBackAsTheSameVariant(@ForAll("anyVariant") RuleVariant variant) {
        assertThat(RuleVariant.parse(variant.id())).isEqualTo(variant);
    }

    @Provide
    Arbitrary<RuleVariant> anyVariant() {
        Arbitrary<java.util.Set<CapKind>> caps = Arbitraries.of(CapKind.class).set();
        Arbitrary<RuleVariant> greedy = net.jqwik.api.Combinators.combine(Arbitraries.of(GreedyRule.Measure.class),
                caps, Arbitraries.of(true, false)).as((measure, capKinds, leftover) ->
                new GreedyRule(measure, capKinds, leftover && !capKinds.isEmpty()));
        Arbitrary<Completion> completion = Arbitraries.oneOf(Arbitraries.just(new Completion.None()),
                net.jqwik.api.Combinators.combine(Arbitraries.of(Completion.Start.class), Arbitraries.of(true, false))
                        .as(Completion.Add1::new));
        Arbitrary<RuleVariant> mes = net.jqwik.api.Combinators.combine(Arbitraries.of(EqualSharesRule.Utility.class),
                completion, Arbitraries.of(true, false), caps).as(EqualSharesRule::new);
        return Arbitraries.oneOf(greedy, mes);
    }
}
