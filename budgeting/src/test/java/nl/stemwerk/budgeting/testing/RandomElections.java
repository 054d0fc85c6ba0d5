package nl.stemwerk.budgeting.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;

/** jqwik generators for approval elections. */
public final class RandomElections {

    private RandomElections() {
    }

    /**
     * Small elections: up to {@code maxProjects} projects costing 1 to {@code maxCost} units, up to {@code maxVoters}
     * voters. Small costs make exact ties common, which exercises tie-breaking and the exact fallback.
     */
    public static Arbitrary<BudgetElection> approval(int maxProjects, int maxVoters, int maxCost) {
        return Arbitraries.integers().between(1, maxProjects).flatMap(m -> Combinators.combine(
                Arbitraries.integers().between(1, maxCost).list().ofSize(m),
                Arbitraries.integers().between(0, m - 1).set().ofMaxSize(m).list().ofMaxSize(maxVoters),
                Arbitraries.integers().between(1, maxCost * m),
                Arbitraries.integers().between(0, 2).list().ofSize(m))
                .as((costs, approvals, budget, categories) -> build(costs, approvals, budget, categories, maxCost)));
    }

    /** Elections with costs in cents from a wide range, where ties are rare and doubles decide almost everything. */
    public static Arbitrary<BudgetElection> approvalWithCents(int maxProjects, int maxVoters) {
        return Arbitraries.integers().between(1, maxProjects).flatMap(m -> Combinators.combine(
                Arbitraries.longs().between(1, 5_000_000).list().ofSize(m),
                Arbitraries.integers().between(0, m - 1).set().ofMaxSize(m).list().ofMaxSize(maxVoters),
                Arbitraries.longs().between(1, 20_000_000))
                .as((costs, approvals, budget) -> {
                    List<Project> projects = new ArrayList<>();
                    for (int j = 0; j < costs.size(); j++) {
                        projects.add(Project.of("p" + j, null, Money.ofCents(costs.get(j))));
                    }
                    return new BudgetElection(Money.ofCents(budget), "EUR", VoteType.APPROVAL, projects,
                            ballots(approvals), BallotRules.NONE, BudgetCaps.NONE);
                }));
    }

    private static BudgetElection build(List<Integer> costs, List<Set<Integer>> approvals, int budget,
                                        List<Integer> categories, int maxCost) {
        List<Project> projects = new ArrayList<>();
        for (int j = 0; j < costs.size(); j++) {
            projects.add(new Project("p" + j, null, Money.ofUnits(costs.get(j)),
                    List.of("thema" + categories.get(j)), Optional.empty()));
        }
        BudgetCaps caps = new BudgetCaps(Map.of("thema0", Money.ofUnits(maxCost), "thema1",
                Money.ofUnits(2L * maxCost)), Map.of());
        return new BudgetElection(Money.ofUnits(budget), "EUR", VoteType.APPROVAL, projects, ballots(approvals),
                BallotRules.NONE, caps);
    }

    private static List<Ballot> ballots(List<Set<Integer>> approvals) {
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < approvals.size(); i++) {
            ballots.add(Ballot.of("v" + i, approvals.get(i).stream().sorted().map(j -> "p" + j).toList()));
        }
        return ballots;
    }
}
