package nl.stemwerk.budgeting.election;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.stemwerk.budgeting.money.Money;

/**
 * Everything a rule needs to decide a participatory budget ("burgerbegroting"): the money, the projects and the
 * ballots. Building one checks that every ballot can be counted; nothing half-valid gets through.
 *
 * @param budget      the money to spend ("budget")
 * @param currency    ISO code such as {@code EUR}, for messages
 * @param voteType    how residents voted
 * @param projects    the projects on the ballot, ids unique
 * @param ballots     one per resident, voter ids unique
 * @param ballotRules what a valid ballot looks like
 * @param caps        limits per category or neighbourhood; a rule variant decides whether they apply
 */
public record BudgetElection(Money budget, String currency, VoteType voteType, List<Project> projects,
                             List<Ballot> ballots, BallotRules ballotRules, BudgetCaps caps) {

    private static final int MESSAGES_SHOWN = 5;

    public BudgetElection {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(voteType, "voteType");
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
        ballotRules = ballotRules == null ? BallotRules.NONE : ballotRules;
        caps = caps == null ? BudgetCaps.NONE : caps;
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        if (!budget.isPositive()) {
            throw new BudgetingException(BudgetingError.BUDGET_NOT_POSITIVE,
                    "Het budget is " + budget.toPlainString() + ". Het budget moet meer dan 0 zijn.");
        }
        Map<String, Money> costs = HashMap.newHashMap(projects.size());
        index(projects).forEach((id, project) -> costs.put(id, project.cost()));
        checkBallots(ballots, costs, voteType, ballotRules, currency);
    }

    /** The projects by id. */
    public Map<String, Project> projectsById() {
        return index(projects);
    }

    private static Map<String, Project> index(List<Project> projects) {
        Map<String, Project> byId = HashMap.newHashMap(projects.size());
        for (Project project : projects) {
            if (byId.putIfAbsent(project.id(), project) != null) {
                throw new BudgetingException(BudgetingError.DUPLICATE_PROJECT,
                        "Project '" + project.id() + "' staat twee keer in de lijst met projecten.");
            }
        }
        return byId;
    }

    private static void checkBallots(List<Ballot> ballots, Map<String, Money> costs, VoteType voteType,
                                     BallotRules rules, String currency) {
        Set<String> voters = HashSet.newHashSet(ballots.size());
        List<String> problems = new ArrayList<>();
        int invalidBallots = 0;
        for (Ballot ballot : ballots) {
            if (!voters.add(ballot.voterId())) {
                throw new BudgetingException(BudgetingError.DUPLICATE_VOTER,
                        "Kiezer '" + ballot.voterId() + "' heeft meer dan één stem.");
            }
            boolean valid = true;
            for (BallotViolation violation : rules.check(ballot.projectIds(), ballot.points(), voteType.hasPoints(),
                    costs::get, currency)) {
                if (violation.kind().blocksCounting()) {
                    valid = false;
                    if (problems.size() < MESSAGES_SHOWN) {
                        problems.add("Stem van kiezer '" + ballot.voterId() + "': " + violation.message());
                    }
                }
            }
            invalidBallots += valid ? 0 : 1;
        }
        if (invalidBallots > 0) {
            throw new BudgetingException(BudgetingError.INVALID_BALLOT, invalidBallots
                    + (invalidBallots == 1 ? " stem is" : " stemmen zijn") + " niet geldig. "
                    + String.join(" ", problems));
        }
    }
}
