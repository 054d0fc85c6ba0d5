package nl.stemwerk.sortition.draw;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.selection.SelectionProblem;

/**
 * The reserves after a round: the volunteers who could still be asked, so not on the panel, not withdrawn and, with
 * one member per household, not living with a member. Who of them replaces a member is drawn by the replacement
 * lottery (its chances are published), never by the order of this list.
 */
public final class Reserves {
    private Reserves() {
    }

    /** The reserves' ids in order of id; {@code withdrawn} are the members who withdrew up to this round. */
    public static List<String> of(SelectionProblem problem, Collection<String> members, Set<String> withdrawn) {
        Set<String> onPanel = Set.copyOf(members);
        Set<String> memberHouseholds = problem.pool().volunteers().stream()
                .filter(v -> onPanel.contains(v.id()) && v.hasHousehold())
                .map(Volunteer::household).collect(Collectors.toSet());
        return problem.pool().volunteers().stream()
                .filter(v -> !onPanel.contains(v.id()) && !withdrawn.contains(v.id()))
                .filter(v -> !problem.oneMemberPerHousehold() || !v.hasHousehold()
                        || !memberHouseholds.contains(v.household()))
                .map(Volunteer::id).sorted().toList();
    }
}
