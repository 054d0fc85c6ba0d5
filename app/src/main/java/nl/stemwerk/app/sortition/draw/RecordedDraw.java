package nl.stemwerk.app.sortition.draw;

import java.time.Instant;
import java.util.List;

/**
 * One stored draw: round 0 draws the panel, a later round replaces the members who withdrew before it.
 *
 * @param members the whole panel after this draw, sorted by volunteer number
 */
public record RecordedDraw(int round, SeedMethod seedMethod, String seed, String enteredBy, Instant enteredAt,
                           String resultHash, long ticket, List<String> members) {
    public RecordedDraw {
        members = List.copyOf(members);
    }
}
