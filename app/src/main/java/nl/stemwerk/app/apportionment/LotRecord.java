package nl.stemwerk.app.apportionment;

import java.time.Instant;
import java.util.List;

/**
 * A drawing of lots as held in the CSB's public session (Kieswet art. P 14) and recorded in Stemwerk.
 *
 * @param sequence    1 for the first draw the allocation asked for, and so on
 * @param article     the article that ordered the draw (P 7, P 8, P 9 or P 15)
 * @param description what was drawn, in Dutch, as Stemwerk described it
 * @param options     the lists (or candidates) that took part
 * @param chosen      the one the lot chose
 * @param drawnBy     who drew the lot
 * @param drawnAt     when
 */
public record LotRecord(int sequence, String article, String description, List<Integer> options, int chosen,
                        String drawnBy, Instant drawnAt) {
    public LotRecord {
        options = List.copyOf(options);
    }

    /** When the lot was drawn, in Dutch time, for the proces-verbaal and the page. */
    public java.time.LocalDateTime drawnAtLocal() {
        return java.time.LocalDateTime.ofInstant(drawnAt, java.time.ZoneId.of("Europe/Amsterdam"));
    }
}
