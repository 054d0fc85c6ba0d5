package nl.stemwerk.turnout.planning;

import java.util.List;
import java.util.Objects;
import nl.stemwerk.kieswet.election.PollingStationType;

/**
 * A station that does not exist yet: fixed (one place, one or more windows) or mobile (several places).
 *
 * @param name  working name, e.g. "Mobiel stembureau Lonneker"
 * @param type  regular, special or mobile
 * @param stops where and when
 */
public record ProposedStation(String name, PollingStationType type, List<ProposedStop> stops) {
    public ProposedStation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        stops = List.copyOf(stops);
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("Een voorgesteld stembureau heeft minstens één plek en tijd.");
        }
        if (type != PollingStationType.MOBILE && stops.stream().map(ProposedStop::location).distinct().count() > 1) {
            throw new IllegalArgumentException("Een stembureau op meer plekken is een mobiel stembureau.");
        }
    }
}
