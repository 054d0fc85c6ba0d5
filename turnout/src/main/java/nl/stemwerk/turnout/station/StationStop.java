package nl.stemwerk.turnout.station;

import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.turnout.geo.GeoPoint;

/**
 * One row of the open-data standard: a station at one place for one opening window. A regular station with a
 * lunch break has two stops at the same place; a mobile station has a stop per place.
 *
 * @param address           the address fields
 * @param location          WGS84 point from "Latitude"/"Longitude", or converted from RD "X"/"Y"
 * @param window            when it is open
 * @param accessibility     the accessibility answers
 * @param districtCode      "CBS Wijknummer" when given, e.g. "WK051828"
 * @param neighbourhoodCode "CBS Buurtnummer" when given
 * @param sourceRow         the row (or sheet column) it came from, for messages
 */
public record StationStop(Address address, Optional<GeoPoint> location, OpeningWindow window,
                          Accessibility accessibility, Optional<String> districtCode,
                          Optional<String> neighbourhoodCode, int sourceRow) {
    public StationStop {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(accessibility, "accessibility");
        Objects.requireNonNull(districtCode, "districtCode");
        Objects.requireNonNull(neighbourhoodCode, "neighbourhoodCode");
    }

    public StationStop withoutLocation() {
        return new StationStop(address, Optional.empty(), window, accessibility, districtCode, neighbourhoodCode,
                sourceRow);
    }
}
