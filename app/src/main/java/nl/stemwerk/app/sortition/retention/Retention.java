package nl.stemwerk.app.sortition.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How long an assembly keeps its volunteers' personal data.
 *
 * @param retainUntil the last day the pool file is kept; it is deleted on the first run after this day
 * @param deletedAt   when the pool file was deleted, if it was
 */
public record Retention(long assemblyId, LocalDate lastMeeting, LocalDate retainUntil, String setBy,
                        Optional<Instant> deletedAt) {
    /** The day of the deletion, Dutch time. */
    public Optional<LocalDate> deletedOn() {
        return deletedAt.map(at -> LocalDate.ofInstant(at, ZoneId.of("Europe/Amsterdam")));
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }
}
