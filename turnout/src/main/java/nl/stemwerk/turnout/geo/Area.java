package nl.stemwerk.turnout.geo;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A statistical area with its shape in WGS84 (x = longitude, y = latitude).
 *
 * @param code  CBS code ("WK040201", "BU04020101", "GM0402") or PC4 ("1217")
 * @param name  e.g. "Wijk 01 Centrum"
 * @param level municipality, district, neighbourhood or PC4
 * @param shape a valid polygon or multipolygon; empty when the source has none
 */
public record Area(String code, String name, AreaLevel level, Optional<Geometry> shape) {
    public Area {
        Objects.requireNonNull(code, "code");
        name = name == null ? "" : name;
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(shape, "shape");
    }

    /** The municipality this area lies in, from its code; empty for PC4 areas. */
    public Optional<String> municipalityCode() {
        return level == AreaLevel.POSTCODE4 ? Optional.empty() : Optional.of(AreaCodes.municipalityOf(code));
    }
}
