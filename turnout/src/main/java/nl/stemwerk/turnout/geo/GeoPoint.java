package nl.stemwerk.turnout.geo;

/**
 * A point in WGS84 degrees, as in GeoJSON and the open-data standard's "Latitude"/"Longitude".
 *
 * @param latitude  −90 to 90
 * @param longitude −180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Geen geldige coördinaat: " + latitude + ", " + longitude);
        }
    }

    public RdPoint toRd() {
        return RdConversion.toRd(this);
    }
}
