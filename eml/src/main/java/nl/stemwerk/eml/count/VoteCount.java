package nl.stemwerk.eml.count;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One set of counts of a 510 (the schema's {@code VoteGroup}): the totals of a contest or the counts of one
 * reporting unit.
 *
 * @param lists        votes per list with their candidates
 * @param cast         {@code Cast}: eligible voters ("opgeroepenen"); 0 when the unit does not know them
 * @param totalCounted {@code TotalCounted}: valid votes on lists (E)
 * @param blank        {@code RejectedVotes ReasonCode="blanco"} (F)
 * @param invalid      {@code RejectedVotes ReasonCode="ongeldig"} (G)
 * @param uncounted    {@code UncountedVotes} by reason code; a reason the file leaves out is absent
 */
public record VoteCount(List<ListVotes> lists, long cast, long totalCounted, long blank, long invalid,
                        Map<UncountedReason, Long> uncounted) {
    public VoteCount {
        lists = List.copyOf(lists);
        requireNonNegative("cast", cast);
        requireNonNegative("totalCounted", totalCounted);
        requireNonNegative("blank", blank);
        requireNonNegative("invalid", invalid);
        EnumMap<UncountedReason, Long> copy = new EnumMap<>(UncountedReason.class);
        uncounted.forEach((reason, count) -> {
            requireNonNegative(reason.code(), count);
            copy.put(reason, count);
        });
        uncounted = Collections.unmodifiableMap(copy);
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " cannot be negative: " + value);
        }
    }

    /** The count for a reason code, when the file has it. */
    public OptionalLong uncounted(UncountedReason reason) {
        Long count = uncounted.get(reason);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /** Ballots found in the ballot box: valid + blank + invalid (H, "aangetroffen stembiljetten"). */
    public long ballotsFound() {
        return totalCounted + blank + invalid;
    }
}
