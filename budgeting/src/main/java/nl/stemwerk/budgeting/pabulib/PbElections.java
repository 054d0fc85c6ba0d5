package nl.stemwerk.budgeting.pabulib;

import java.util.ArrayList;
import java.util.List;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.election.VoteType;

/** Turns the contents of a .pb file into an election a rule can count. */
public final class PbElections {

    private PbElections() {
    }

    /**
     * The election in the file: budget, projects (with category and neighbourhood), ballots, ballot limits and caps.
     *
     * @throws nl.stemwerk.budgeting.election.BudgetingException when a project costs 0, which no rule can fund
     */
    public static BudgetElection toElection(PbFile file) {
        List<Project> projects = new ArrayList<>(file.projects().size());
        for (PbProject project : file.projects()) {
            projects.add(new Project(project.id(), project.name(), project.cost(), project.categories(),
                    project.neighbourhood()));
        }
        VoteType voteType = file.voteType();
        List<Ballot> ballots = new ArrayList<>(file.votes().size());
        for (PbVote vote : file.votes()) {
            ballots.add(new Ballot(vote.voterId(), vote.projectIds(), voteType.hasPoints() ? vote.points() : List.of()));
        }
        return new BudgetElection(file.budget(), file.currency(), voteType, projects, ballots, file.ballotRules(),
                file.caps());
    }
}
