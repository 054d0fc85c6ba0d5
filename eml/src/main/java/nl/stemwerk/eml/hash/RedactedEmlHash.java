package nl.stemwerk.eml.hash;

import java.util.List;

/**
 * A file hash as the user sees it on screen: the 16 groups with two left blank, to be typed from the paper list.
 *
 * @param groups      the 16 groups, with "" at the two blanks
 * @param firstBlank  index (0 to 7) of the first blank group
 * @param secondBlank index (9 to 15) of the second blank group
 */
public record RedactedEmlHash(List<String> groups, int firstBlank, int secondBlank) {
    public RedactedEmlHash {
        groups = List.copyOf(groups);
        if (groups.size() != EmlHash.GROUPS || firstBlank >= secondBlank || firstBlank < 0
                || secondBlank >= EmlHash.GROUPS) {
            throw new IllegalArgumentException("A redacted hash has 16 groups and two blanks in order");
        }
    }

    /** The groups joined by spaces, blanks shown as "____". */
    public String display() {
        return String.join(" ", groups.stream().map(group -> group.isEmpty() ? "____" : group).toList());
    }
}
