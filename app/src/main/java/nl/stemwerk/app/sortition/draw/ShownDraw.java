package nl.stemwerk.app.sortition.draw;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * A stored draw as the pages show it.
 *
 * @param added the members this draw added (the whole panel in round 0, the replacements later)
 * @param log   the steps of the draw in Dutch, replayed from the lottery and the seed
 * @param when  when the seed was entered, Dutch time
 */
public record ShownDraw(RecordedDraw draw, List<String> added, List<String> log, String when) {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    /** Volunteer numbers as people count (9 before 10); other ids alphabetically. */
    static final Comparator<String> NUMBER_ORDER = Comparator.<String, Boolean>comparing(id -> !id.matches("\\d+"))
            .thenComparing(id -> id.matches("\\d+") ? id.length() : 0).thenComparing(Comparator.naturalOrder());

    /** The panel in the order the projector shows it. */
    public List<String> members() {
        return draw.members().stream().sorted(NUMBER_ORDER).toList();
    }

    static List<ShownDraw> of(DrawHistory history) {
        return history.draws().stream().map(d -> new ShownDraw(d, history.newMembers(d),
                PublicDrawService.replay(history, d).log(), WHEN.format(d.enteredAt()))).toList();
    }
}
