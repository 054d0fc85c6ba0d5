package nl.stemwerk.app.committee;

import java.time.Instant;

/**
 * An objection or particularity recorded in a session.
 *
 * @param id            row id
 * @param stationNumber the polling station it is about, or {@code null} for the session as a whole
 * @param stationName   the station's name, or {@code null}
 * @param text          what was said, as recorded
 * @param recordedAt    when
 */
public record Objection(long id, Integer stationNumber, String stationName, String text, Instant recordedAt) {
}
