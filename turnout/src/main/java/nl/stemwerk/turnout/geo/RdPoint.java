package nl.stemwerk.turnout.geo;

/**
 * A point in the Dutch national grid ("Rijksdriehoekscoördinaten", RD), in metres. RD is a conformal
 * projection whose scale differs from 1 by less than 0.02 % over the Netherlands, so straight-line distances
 * between RD points are distances on the ground to well within a metre per kilometre.
 *
 * @param x metres east
 * @param y metres north
 */
public record RdPoint(double x, double y) {
    public RdPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Geen geldig RD-punt: " + x + ", " + y);
        }
    }

    /** Within the bounds the open-data standard allows: X 0–300,000 and Y 300,000–620,000. */
    public boolean withinNetherlands() {
        return x >= 0 && x <= 300_000 && y >= 300_000 && y <= 620_000;
    }

    public double distanceTo(RdPoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    public GeoPoint toWgs84() {
        return RdConversion.toWgs84(this);
    }
}
