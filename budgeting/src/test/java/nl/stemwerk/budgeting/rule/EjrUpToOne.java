package nl.stemwerk.budgeting.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;

/**
 * Checks Extended Justified Representation up to one project for approval ballots (Peters, Pierczyński and Skowron,
 * "Proportional participatory budgeting with additive utilities", NeurIPS 2021). A group S of voters who all approve
 * every project of a set T is T-cohesive when |S| / n ≥ cost(T) / budget. An outcome W satisfies EJR up to one when
 * every T-cohesive group has a voter i with u_i(W) ≥ u_i(T), or with u_i(W) + u_i(a) > u_i(T) for some a in T \ W.
 * Utilities are the cost of a project (cost utilities) or 1 (cardinality utilities); with cardinality utilities
 * "up to one" is plain EJR, which the paper proves for Equal Shares with approval ballots.
 *
 * <p>Exhaustive over T, so only for small instances. For each T the hardest group to satisfy is the set of all
 * unsatisfied voters who approve T: the outcome violates the property exactly when that set is large enough.
 */
final class EjrUpToOne {

    /**
     * A group the outcome leaves out.
     *
     * @param projects the set T
     * @param voters   the unsatisfied voters who approve all of T, enough to be T-cohesive
     */
    record Violation(Set<String> projects, List<String> voters) {
    }

    private EjrUpToOne() {
    }

    static Optional<Violation> findViolation(BudgetElection election, Set<String> outcome, boolean costUtility) {
        List<Project> projects = election.projects();
        int m = projects.size();
        if (m > 20) {
            throw new IllegalArgumentException("too many projects for an exhaustive check: " + m);
        }
        long budget = election.budget().cents();
        long n = election.ballots().size();
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < m; j++) {
            index.put(projects.get(j).id(), j);
        }
        List<Integer> approvals = new ArrayList<>();
        for (Ballot ballot : election.ballots()) {
            int mask = 0;
            for (String id : ballot.projectIds()) {
                mask |= 1 << index.get(id);
            }
            approvals.add(mask);
        }
        int winners = 0;
        for (String id : outcome) {
            winners |= 1 << index.get(id);
        }
        for (int t = 1; t < (1 << m); t++) {
            long cost = 0;
            for (int j = 0; j < m; j++) {
                if ((t & (1 << j)) != 0) {
                    cost += projects.get(j).cost().cents();
                }
            }
            List<String> unsatisfied = new ArrayList<>();
            for (int i = 0; i < approvals.size(); i++) {
                int approved = approvals.get(i);
                if ((approved & t) == t && !satisfied(projects, approved & winners, t, winners, costUtility)) {
                    unsatisfied.add(election.ballots().get(i).voterId());
                }
            }
            if (!unsatisfied.isEmpty() && unsatisfied.size() * budget >= cost * n) {
                Set<String> ids = new HashSet<>();
                for (int j = 0; j < m; j++) {
                    if ((t & (1 << j)) != 0) {
                        ids.add(projects.get(j).id());
                    }
                }
                return Optional.of(new Violation(ids, unsatisfied));
            }
        }
        return Optional.empty();
    }

    /** u(W) ≥ u(T), or u(W) + u(a) > u(T) for a project a in T that is not funded. */
    private static boolean satisfied(List<Project> projects, int fundedApproved, int t, int winners,
                                     boolean costUtility) {
        long own = utility(projects, fundedApproved, costUtility);
        long wanted = utility(projects, t, costUtility);
        if (own >= wanted) {
            return true;
        }
        for (int j = 0; j < projects.size(); j++) {
            if ((t & (1 << j)) != 0 && (winners & (1 << j)) == 0
                    && own + utility(projects, 1 << j, costUtility) > wanted) {
                return true;
            }
        }
        return false;
    }

    private static long utility(List<Project> projects, int set, boolean costUtility) {
        long total = 0;
        for (int j = 0; j < projects.size(); j++) {
            if ((set & (1 << j)) != 0) {
                total += costUtility ? projects.get(j).cost().cents() : 1;
            }
        }
        return total;
    }
}
