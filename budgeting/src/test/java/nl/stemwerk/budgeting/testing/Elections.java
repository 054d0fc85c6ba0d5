package nl.stemwerk.budgeting.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;

/** Small hand-made approval elections for examples: {@code election(4).project("a", 1).voters(3, "a", "b")}. */
public final class Elections {

    private final Money budget;
    private final List<Project> projects = new ArrayList<>();
    private final List<Ballot> ballots = new ArrayList<>();
    private BudgetCaps caps = BudgetCaps.NONE;

    private Elections(Money budget) {
        this.budget = budget;
    }

    /** A budget in whole units. */
    public static Elections election(long budgetUnits) {
        return new Elections(Money.ofUnits(budgetUnits));
    }

    public static Elections electionInCents(long budgetCents) {
        return new Elections(Money.ofCents(budgetCents));
    }

    /** A project costing whole units. */
    public Elections project(String id, long costUnits) {
        projects.add(Project.of(id, id, Money.ofUnits(costUnits)));
        return this;
    }

    public Elections projectInCents(String id, long costCents) {
        projects.add(Project.of(id, id, Money.ofCents(costCents)));
        return this;
    }

    public Elections project(Project project) {
        projects.add(project);
        return this;
    }

    /** {@code count} voters who all approve the given projects. */
    public Elections voters(int count, String... approved) {
        for (int i = 0; i < count; i++) {
            ballots.add(Ballot.of("v" + (ballots.size() + 1), Arrays.asList(approved)));
        }
        return this;
    }

    public Elections caps(BudgetCaps caps) {
        this.caps = caps;
        return this;
    }

    public BudgetElection build() {
        return new BudgetElection(budget, "EUR", VoteType.APPROVAL, projects, ballots, BallotRules.NONE, caps);
    }
}
