package nl.stemwerk.turnout.count;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The day a column of a count was voted on: election day, or an early-voting day ("vervroegd stemmen")
 * before it. Count files do not always say which early day a column belongs to; then the date is empty.
 *
 * @param early true for an early-voting day
 * @param date  the day when known
 */
public record VotingDay(boolean early, Optional<LocalDate> date) {
    public VotingDay {
        Objects.requireNonNull(date, "date");
        if (!early && date.isEmpty()) {
            throw new IllegalArgumentException("election day needs its date");
        }
    }

    public static VotingDay electionDay(LocalDate date) {
        return new VotingDay(false, Optional.of(date));
    }

    public static VotingDay earlyOn(LocalDate date) {
        return new VotingDay(true, Optional.of(date));
    }

    public static VotingDay earlyOnUnknownDay() {
        return new VotingDay(true, Optional.empty());
    }
}
