package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.selection.GroupRole;
import nl.stemwerk.sortition.selection.SelectionProblem;

/**
 * The pool as groups of interchangeable volunteers ({@link Group}). Volunteers are taken in id order, so the
 * groups and their order do not depend on the order of the rows in the file.
 *
 * @param problem     the problem the groups were made from
 * @param quotas      the quotas, sorted by category and value
 * @param all         the groups, ordered by their first member's id
 * @param households  per shared address, the indexes of the groups living there (two or more)
 */
public record Groups(SelectionProblem problem, List<Quota> quotas, List<Group> all, List<int[]> households) {

    public static Groups of(SelectionProblem problem) {
        List<Quota> quotas = canonicalQuotas(problem);
        List<String> categories = quotas.stream().map(Quota::category).distinct().toList();
        Map<String, Integer> quotaIndex = new HashMap<>();
        for (int q = 0; q < quotas.size(); q++) {
            quotaIndex.put(quotas.get(q).category() + "\u0000" + quotas.get(q).value(), q);
        }
        List<Volunteer> volunteers = problem.pool().volunteers().stream()
                .sorted(Comparator.comparing(Volunteer::id)).toList();
        Map<String, List<Volunteer>> byHousehold = sharedHouseholds(problem, volunteers);
        Map<String, Integer> householdIndex = new HashMap<>();
        byHousehold.keySet().forEach(key -> householdIndex.put(key, householdIndex.size()));
        Map<String, Boolean> householdHasKept = new HashMap<>();
        byHousehold.forEach((key, members) -> householdHasKept.put(key,
                members.stream().anyMatch(member -> problem.keptIds().contains(member.id()))));

        Map<String, List<String>> freeGroups = new LinkedHashMap<>();
        Map<String, int[]> freeQuotaIndex = new HashMap<>();
        List<Group> alone = new ArrayList<>();
        for (Volunteer volunteer : volunteers) {
            int[] indexes = categories.stream()
                    .mapToInt(category -> quotaIndex.get(category + "\u0000" + volunteer.value(category)))
                    .toArray();
            boolean kept = problem.keptIds().contains(volunteer.id());
            boolean shared = byHousehold.containsKey(volunteer.household());
            if (kept || shared) {
                GroupRole role = kept ? GroupRole.KEPT
                        : householdHasKept.get(volunteer.household()) ? GroupRole.EXCLUDED : GroupRole.FREE;
                int household = shared ? householdIndex.get(volunteer.household()) : -1;
                alone.add(new Group(-1, List.of(volunteer.id()), indexes, role, household));
            } else {
                String signature = Arrays.toString(indexes);
                freeGroups.computeIfAbsent(signature, key -> new ArrayList<>()).add(volunteer.id());
                freeQuotaIndex.put(signature, indexes);
            }
        }
        List<Group> unnumbered = new ArrayList<>(alone);
        freeGroups.forEach((signature, ids) ->
                unnumbered.add(new Group(-1, List.copyOf(ids), freeQuotaIndex.get(signature), GroupRole.FREE, -1)));
        unnumbered.sort(Comparator.comparing(Group::key));
        List<Group> groups = new ArrayList<>();
        for (Group group : unnumbered) {
            groups.add(new Group(groups.size(), group.memberIds(), group.quotaIndex(), group.role(),
                    group.household()));
        }
        List<int[]> households = new ArrayList<>();
        for (int h = 0; h < byHousehold.size(); h++) {
            int household = h;
            households.add(groups.stream().filter(group -> group.household() == household)
                    .mapToInt(Group::index).toArray());
        }
        return new Groups(problem, quotas, List.copyOf(groups), List.copyOf(households));
    }

    /** Quotas sorted by category and value, so that the order of the rows in the quota file does not matter. */
    public static List<Quota> canonicalQuotas(SelectionProblem problem) {
        return problem.quotas().quotas().stream()
                .sorted(Comparator.comparing(Quota::category).thenComparing(Quota::value))
                .toList();
    }

    private static Map<String, List<Volunteer>> sharedHouseholds(SelectionProblem problem,
                                                               List<Volunteer> volunteers) {
        Map<String, List<Volunteer>> byHousehold = new LinkedHashMap<>();
        if (!problem.oneMemberPerHousehold()) {
            return byHousehold;
        }
        for (Volunteer volunteer : volunteers) {
            if (volunteer.hasHousehold()) {
                byHousehold.computeIfAbsent(volunteer.household(), key -> new ArrayList<>()).add(volunteer);
            }
        }
        byHousehold.values().removeIf(members -> members.size() < 2);
        return byHousehold;
    }

    public Group get(int index) {
        return all.get(index);
    }

    public int size() {
        return all.size();
    }

    public int panelSize() {
        return problem.panelSize();
    }

    /** The number of volunteers in the pool. */
    public int volunteerCount() {
        return problem.pool().size();
    }

    /** Whether a composition meets every quota, the panel size and the household rule. */
    public boolean admits(Composition panel) {
        int[] perQuota = new int[quotas.size()];
        int total = 0;
        int[] perGroup = new int[all.size()];
        for (int j = 0; j < panel.groupCount(); j++) {
            Group group = all.get(panel.group(j));
            int count = panel.count(j);
            if (count < group.lowerBound() || count > group.upperBound()) {
                return false;
            }
            perGroup[group.index()] = count;
            total += count;
            for (int q : group.quotaIndex()) {
                perQuota[q] += count;
            }
        }
        for (Group group : all) {
            if (perGroup[group.index()] < group.lowerBound()) {
                return false;
            }
        }
        for (int q = 0; q < quotas.size(); q++) {
            if (perQuota[q] < quotas.get(q).min() || perQuota[q] > quotas.get(q).max()) {
                return false;
            }
        }
        for (int[] household : households) {
            if (Arrays.stream(household).map(g -> perGroup[g]).sum() > 1) {
                return false;
            }
        }
        return total == panelSize();
    }
}
