package nl.stemwerk.turnout.geo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class RdConversionProperties {

    @Property
    void goingToWgs84AndBackReturnsTheSamePointWithinAMillimetre(
            @ForAll @DoubleRange(min = 0, max = 300_000) double x,
            @ForAll @DoubleRange(min = 300_000, max = 620_000) double y) {
        RdPoint back = new RdPoint(x, y).toWgs84().toRd();

        assertThat(back.distanceTo(new RdPoint(x, y))).isLessThan(0.001);
    }

    @Property
    void northOfAPointHasAHigherLatitudeAndEastAHigherLongitude(
            @ForAll @DoubleRange(min = 10_000, max = 280_000) double x,
            @ForAll @DoubleRange(min = 310_000, max = 610_000) double y) {
        GeoPoint here = new RdPoint(x, y).toWgs84();

        assertThat(new RdPoint(x, y + 100).toWgs84().latitude()).isGreaterThan(here.latitude());
        assertThat(new RdPoint(x + 100, y).toWgs84().longitude()).isGreaterThan(here.longitude());
    }
}
