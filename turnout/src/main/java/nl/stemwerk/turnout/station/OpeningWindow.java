package nl.stemwerk.turnout.station;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One period a station is open ("Openingstijd" to "Sluitingstijd"). A station that closes at noon for an
 * hour, and a mobile station, have several.
 *
 * @param opens  opening time, local (Dutch) time
 * @param closes closing time, after {@code opens}
 */
public record OpeningWindow(LocalDateTime opens, LocalDateTime closes) {
    public OpeningWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("Sluitingstijd " + closes + " ligt niet na openingstijd " + opens);
        }
    }

    public Duration duration() {
        return Duration.between(opens, closes);
    }

    public boolean isOn(LocalDate day) {
        return opens.toLocalDate().equals(day);
    }
}
