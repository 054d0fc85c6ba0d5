package nl.stemwerk.turnout.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RdConversionTest {
    /** One metre in degrees of latitude; about 1.6 m in degrees of longitude at 52° N. */
    private static final double METRE = 1.0 / 111_000;

    @Test
    void theAmersfoortReferencePointMapsToItsPublishedCoordinates() {
        GeoPoint amersfoort = new RdPoint(155_000, 463_000).toWgs84();

        assertThat(amersfoort.latitude()).isEqualTo(52.15517440);
        assertThat(amersfoort.longitude()).isEqualTo(5.38720621);
    }

    /**
     * The worked example of the Stembureaus Open Data Standaard 1.7 (The Hague city hall, Spui 70):
     * X 81611, Y 454909 and Latitude 52.0775912, Longitude 4.3166395.
     */
    @Test
    void theOpenDataStandardExampleAgreesWithinAMetre() {
        GeoPoint cityHall = new RdPoint(81_611, 454_909).toWgs84();

        assertThat(cityHall.latitude()).isCloseTo(52.0775912, within(METRE));
        assertThat(cityHall.longitude()).isCloseTo(4.3166395, within(1.6 * METRE));
    }

    /**
     * Reference values from PROJ 9.1 ({@code cs2cs EPSG:28992 EPSG:4326}, Helmert transformation without
     * grids, itself about a metre from RDNAPTRANS™). The approximation must agree within two metres.
     */
    @ParameterizedTest(name = "RD {0}, {1} → {2} N, {3} E")
    @CsvSource({
        "233883.131, 582065.167, 53.21938106, 6.56819774",
        "257880, 471250, 52.21972148, 6.89279963",
        "13500, 375000, 51.34648917, 3.35603996",
        "81611, 454909, 52.07758801, 4.31663418",
    })
    void agreesWithProjWithinTwoMetres(double x, double y, double latitude, double longitude) {
        GeoPoint point = new RdPoint(x, y).toWgs84();

        assertThat(point.latitude()).isCloseTo(latitude, within(2 * METRE));
        assertThat(point.longitude()).isCloseTo(longitude, within(3.2 * METRE));
    }

    @Test
    void theInverseReturnsTheRdPointOfTheOpenDataExample() {
        RdPoint cityHall = new GeoPoint(52.0775912, 4.3166395).toRd();

        assertThat(cityHall.x()).isCloseTo(81_611, within(1.0));
        assertThat(cityHall.y()).isCloseTo(454_909, within(1.0));
    }

    @Test
    void rdDistanceIsTheStraightLineInMetres() {
        assertThat(new RdPoint(0, 300_000).distanceTo(new RdPoint(3_000, 304_000))).isEqualTo(5_000.0);
    }
}
