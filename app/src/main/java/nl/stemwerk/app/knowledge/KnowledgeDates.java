package nl.stemwerk.app.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and moments as the kennisbank's pages show them, in Dutch: {@code ${@kbDates.moment(savedAt)}}. */
@Component("kbDates")
public class KnowledgeDates {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH)
            .withZone(KnowledgeTime.ZONE);

    /** "maandag 23 november 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "23 november 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "23 november 2026 om 14:05", Dutch time. */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
