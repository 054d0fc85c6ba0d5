package nl.stemwerk.turnout.geo;

/**
 * Conversion between RD and WGS84 with the published approximation of F.H. Schreutelkamp and
 * G.L. Strang van Hees, "Benaderingsformules voor de transformatie tussen RD- en WGS84-kaartcoördinaten"
 * (2001): a polynomial in dX = (X − 155,000)·10⁻⁵ and dY = (Y − 463,000)·10⁻⁵ giving seconds of arc from
 * the reference point, the Onze Lieve Vrouwetoren in Amersfoort (52.15517440 N, 5.38720621 E). It is within
 * about a metre of the official RDNAPTRANS™ transformation, which is plenty for distances to a polling
 * station; it is not for surveying.
 *
 * <p>For the other direction we invert that same polynomial with Newton's method instead of using the
 * paper's second table, so that converting there and back returns the same point to the millimetre.
 *
 * @see <a href="https://www.nsgi.nl/rdnaptrans">RDNAPTRANS™, the official transformation (NSGI)</a>
 */
public final class RdConversion {
    private static final double X0 = 155_000;
    private static final double Y0 = 463_000;
    private static final double PHI0 = 52.15517440;
    private static final double LAMBDA0 = 5.38720621;

    // Each row: power of dX, power of dY, coefficient in seconds of arc.
    private static final double[][] LATITUDE = {
        {0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978}, {0, 3, -0.06550},
        {2, 2, -0.01709}, {1, 0, -0.00738}, {4, 0, 0.00530}, {2, 3, -0.00039}, {4, 1, 0.00033}, {1, 1, -0.00012},
    };
    private static final double[][] LONGITUDE = {
        {1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656}, {3, 0, -0.81885}, {1, 3, 0.05594},
        {3, 1, -0.05607}, {0, 1, 0.01199}, {3, 2, -0.00256}, {1, 4, 0.00128}, {0, 2, 0.00022},
        {2, 0, -0.00022}, {5, 0, 0.00026},
    };
    private static final int MAX_ITERATIONS = 10;
    private static final double TOLERANCE_METRES = 1e-4;

    private RdConversion() {
    }

    public static GeoPoint toWgs84(RdPoint rd) {
        double dx = (rd.x() - X0) * 1e-5;
        double dy = (rd.y() - Y0) * 1e-5;
        return new GeoPoint(PHI0 + polynomial(LATITUDE, dx, dy) / 3600, LAMBDA0 + polynomial(LONGITUDE, dx, dy) / 3600);
    }

    public static RdPoint toRd(GeoPoint point) {
        // Start from a linear guess and correct with the numerical Jacobian of toWgs84.
        double x = X0 + (point.longitude() - LAMBDA0) * 3600 / 5260.52916 * 1e5;
        double y = Y0 + (point.latitude() - PHI0) * 3600 / 3235.65389 * 1e5;
        double step = 1.0;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            GeoPoint at = toWgs84(new RdPoint(x, y));
            double errorLat = point.latitude() - at.latitude();
            double errorLon = point.longitude() - at.longitude();
            GeoPoint east = toWgs84(new RdPoint(x + step, y));
            GeoPoint north = toWgs84(new RdPoint(x, y + step));
            double latPerX = (east.latitude() - at.latitude()) / step;
            double lonPerX = (east.longitude() - at.longitude()) / step;
            double latPerY = (north.latitude() - at.latitude()) / step;
            double lonPerY = (north.longitude() - at.longitude()) / step;
            double determinant = latPerX * lonPerY - latPerY * lonPerX;
            double dx = (errorLat * lonPerY - errorLon * latPerY) / determinant;
            double dy = (latPerX * errorLon - lonPerX * errorLat) / determinant;
            x += dx;
            y += dy;
            if (Math.hypot(dx, dy) < TOLERANCE_METRES) {
                break;
            }
        }
        return new RdPoint(x, y);
    }

    private static double polynomial(double[][] terms, double dx, double dy) {
        double sum = 0;
        for (double[] term : terms) {
            sum += term[2] * Math.pow(dx, term[0]) * Math.pow(dy, term[1]);
        }
        return sum;
    }
}
