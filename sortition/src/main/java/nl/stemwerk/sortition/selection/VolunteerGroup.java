package nl.stemwerk.sortition.selection;

import java.util.List;
import java.util.Map;

/**
 * Volunteers the lottery treats alike: the same value in every category and no housemate in the pool. Each of
 * them has the same probability; a panel that takes some of them draws which ones uniformly.
 *
 * @param number    1, 2, … in the order of the first member's id
 * @param memberIds the members' ids, sorted
 * @param features  the value per category that the members share
 * @param role      free, kept or excluded
 */
public record VolunteerGroup(int number, List<String> memberIds, Map<String, String> features, GroupRole role) {
    public VolunteerGroup {
        memberIds = List.copyOf(memberIds);
        features = Map.copyOf(features);
    }

    public int size() {
        return memberIds.size();
    }
}
