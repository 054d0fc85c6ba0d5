package nl.stemwerk.budgeting.rule.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;

/**
 * An election in numbers: projects by index, and voters grouped by identical ballot. Voters with the same approval
 * set are treated alike by every rule here (they start with the same money and always pay the same), so a group
 * with its size stands for all of them; Łódź 2022 has 90,494 voters but 23,571 distinct ballots.
 */
public final class Profile {

    final BudgetElection election;
    final List<Project> projects;
    final String[] ids;
    final long[] cost;
    /** Supporters per project (number of voters who chose it). */
    final long[] votes;
    /** Total points per project; equal to {@link #votes} for ballots without points. */
    final long[] points;
    final long voters;
    /** Voters per group. */
    final long[] weight;
    /** Projects of each group, ascending. */
    final int[][] groupProjects;
    /** Groups supporting each project, ascending. */
    final int[][] supporters;

    private Profile(BudgetElection election, long[] points, List<int[]> groups, List<Long> weights) {
        this.election = election;
        this.projects = election.projects();
        int m = projects.size();
        this.ids = new String[m];
        this.cost = new long[m];
        for (int j = 0; j < m; j++) {
            ids[j] = projects.get(j).id();
            cost[j] = projects.get(j).cost().cents();
        }
        this.points = points;
        this.voters = election.ballots().size();
        this.weight = weights.stream().mapToLong(Long::longValue).toArray();
        this.groupProjects = groups.toArray(int[][]::new);
        this.votes = new long[m];
        int[] supporterCount = new int[m];
        for (int g = 0; g < groupProjects.length; g++) {
            for (int j : groupProjects[g]) {
                votes[j] += weight[g];
                supporterCount[j]++;
            }
        }
        this.supporters = new int[m][];
        for (int j = 0; j < m; j++) {
            supporters[j] = new int[supporterCount[j]];
        }
        int[] filled = new int[m];
        for (int g = 0; g < groupProjects.length; g++) {
            for (int j : groupProjects[g]) {
                supporters[j][filled[j]++] = g;
            }
        }
    }

    /** Builds the profile; ballots are already checked by {@link BudgetElection}. */
    public static Profile of(BudgetElection election) {
        List<Project> projects = election.projects();
        Map<String, Integer> index = HashMap.newHashMap(projects.size());
        for (int j = 0; j < projects.size(); j++) {
            index.put(projects.get(j).id(), j);
        }
        long[] points = new long[projects.size()];
        Map<Key, Integer> groupOf = HashMap.newHashMap(Math.min(election.ballots().size(), 1 << 16));
        List<int[]> groups = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (Ballot ballot : election.ballots()) {
            int[] chosen = new int[ballot.projectIds().size()];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = index.get(ballot.projectIds().get(i));
                points[chosen[i]] += ballot.points().isEmpty() ? 1 : ballot.points().get(i);
            }
            Arrays.sort(chosen);
            Integer group = groupOf.putIfAbsent(new Key(chosen), groups.size());
            if (group == null) {
                groups.add(chosen);
                weights.add(1L);
            } else {
                weights.set(group, weights.get(group) + 1);
            }
        }
        return new Profile(election, points, groups, weights);
    }

    int projectCount() {
        return ids.length;
    }

    int groupCount() {
        return weight.length;
    }

    /** A project a rule can fund: it costs something and somebody chose it. */
    boolean isCandidate(int project) {
        return cost[project] > 0 && votes[project] > 0;
    }

    long budgetCents() {
        return election.budget().cents();
    }

    /** An int array usable as a hash key. */
    private record Key(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
