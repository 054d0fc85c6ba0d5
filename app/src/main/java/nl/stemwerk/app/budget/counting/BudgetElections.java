package nl.stemwerk.app.budget.counting;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.budget.Budget;
import nl.stemwerk.app.budget.BudgetProject;
import nl.stemwerk.app.budget.voting.BallotRepository.StoredBallot;
import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.election.VoteType;

/** A stored burgerbegroting as the budgeting library's election: the input of every count and export. */
public final class BudgetElections {
    private BudgetElections() {
    }

    public static BudgetElection of(Budget budget, List<BudgetProject> projects, List<StoredBallot> ballots) {
        List<Project> libraryProjects = projects.stream().map(p -> new Project(p.code(), p.name(), p.cost(),
                p.categories(), Optional.ofNullable(p.area()))).toList();
        List<Ballot> libraryBallots = ballots.stream().map(b -> Ballot.of(b.voterRef(), b.projectCodes())).toList();
        return new BudgetElection(budget.amount(), "EUR", VoteType.APPROVAL, libraryProjects, libraryBallots,
                budget.ballotRules(), budget.caps());
    }
}
