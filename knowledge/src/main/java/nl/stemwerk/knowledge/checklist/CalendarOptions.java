package nl.stemwerk.knowledge.checklist;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to write a checklist plan as iCalendar.
 *
 * @param kind      to-dos (VTODO with DUE, for task apps) or all-day events (VEVENT, which every calendar imports)
 * @param stamp     the moment the file is made (DTSTAMP); given by the caller so that output is reproducible
 * @param uidDomain the municipality's domain, e.g. {@code westmaasenwaal.nl}, so that UIDs are unique worldwide
 */
public record CalendarOptions(Kind kind, Instant stamp, String uidDomain) {

    public enum Kind { TODO, EVENT }

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    public CalendarOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(uidDomain, "uidDomain");
        if (!DOMAIN.matcher(uidDomain).matches()) {
            throw new IllegalArgumentException("'" + uidDomain + "' is geen domeinnaam, zoals gemeente.nl.");
        }
    }
}
