package nl.stemwerk.turnout.planning;

import java.util.Objects;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.station.OpeningWindow;

/**
 * A place and time where a proposed station would stand.
 *
 * @param location WGS84 point
 * @param window   opening window on election day
 */
public record ProposedStop(GeoPoint location, OpeningWindow window) {
    public ProposedStop {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(window, "window");
    }
}
