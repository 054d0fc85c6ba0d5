package nl.stemwerk.app.knowledge.desk;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The last two weeks before election day, election day included. The information desk then sends no automatic
 * "we answer within two working days" receipt: in those weeks questions are urgent and answered the same day, and a
 * promise of two working days would mislead.
 */
public final class QuietPeriod {
    /** Two weeks. */
    public static final int DAYS = 14;

    private QuietPeriod() {
    }

    /** Whether {@code today} lies in the last two weeks before one of the election days. */
    public static boolean covers(LocalDate today, Collection<LocalDate> electionDays) {
        return electionDays.stream().anyMatch(day -> !today.isAfter(day) && !today.isBefore(day.minusDays(DAYS)));
    }
}
