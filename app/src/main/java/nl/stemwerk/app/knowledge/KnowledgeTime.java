package nl.stemwerk.app.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days as Dutch election officials count them: in the Netherlands' time zone, whatever the server's is. */
public final class KnowledgeTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private KnowledgeTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
