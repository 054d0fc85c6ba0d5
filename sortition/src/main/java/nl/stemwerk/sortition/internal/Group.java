package nl.stemwerk.sortition.internal;

import java.util.List;

import nl.stemwerk.sortition.selection.GroupRole;

/**
 * Volunteers that the lottery treats alike: the same value in every category and no housemate in the pool
 * (when one member per household is asked). Swapping two of them changes nothing in the problem, so the
 * leximin lottery, which is unique in its probabilities, gives them the same probability. A kept member, a
 * volunteer that shares an address and an excluded housemate each form a group of their own.
 *
 * @param index       position in {@link Groups#all()}
 * @param memberIds   the volunteers' ids, sorted
 * @param quotaIndex  per category, the index of the volunteers' quota in {@link Groups#quotas()}
 * @param role        whether the group is free, kept on every panel, or excluded from every panel
 * @param household   index of the shared address, or -1
 */
public record Group(int index, List<String> memberIds, int[] quotaIndex, GroupRole role, int household) {

    public int size() {
        return memberIds.size();
    }

    /** The fewest members of this group a panel can hold. */
    public int lowerBound() {
        return role == GroupRole.KEPT ? size() : 0;
    }

    /** The most members of this group a panel can hold. */
    public int upperBound() {
        return role == GroupRole.EXCLUDED ? 0 : size();
    }

    /** The id that names the group in files: its first member's. */
    public String key() {
        return memberIds.getFirst();
    }
}
