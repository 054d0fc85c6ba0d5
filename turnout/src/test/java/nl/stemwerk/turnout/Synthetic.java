package nl.stemwerk.turnout;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.count.VotingDay;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.station.Accessibility;
import nl.stemwerk.turnout.station.Address;
import nl.stemwerk.turnout.station.OpeningWindow;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Made-up building blocks for properties: square wijken, stations at points, count columns. */
public final class Synthetic {
    public static final LocalDate DAY = LocalDate.of(2026, 3, 18);
    public static final double ORIGIN_LATITUDE = 52.0;
    public static final double ORIGIN_LONGITUDE = 5.0;
    public static final double CELL = 0.02;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Synthetic() {
    }

    /** A grid of square wijken WK0999rc of CELL degrees, north-east of (52.0 N, 5.0 E). */
    public static List<Area> grid(int size) {
        List<Area> areas = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                double lat = ORIGIN_LATITUDE + row * CELL;
                double lon = ORIGIN_LONGITUDE + column * CELL;
                Coordinate[] ring = {new Coordinate(lon, lat), new Coordinate(lon + CELL, lat),
                    new Coordinate(lon + CELL, lat + CELL), new Coordinate(lon, lat + CELL), new Coordinate(lon, lat)};
                areas.add(new Area("WK0999" + row + column, "Vak " + row + column, AreaLevel.DISTRICT,
                        Optional.of(FACTORY.createPolygon(ring))));
            }
        }
        return areas;
    }

    /** A point at fractions (0..1) of a grid of {@code size} cells. */
    public static GeoPoint point(int size, double northFraction, double eastFraction) {
        return new GeoPoint(ORIGIN_LATITUDE + northFraction * size * CELL, ORIGIN_LONGITUDE + eastFraction * size * CELL);
    }

    public static StationListing fixedStation(int number, GeoPoint at) {
        return new StationListing(Optional.of("GM0999"), number, "Stembureau " + number, PollingStationType.FIXED,
                List.of(new StationStop(Address.none(), Optional.of(at), allDay(), Accessibility.unknown(),
                        Optional.empty(), Optional.empty(), number)));
    }

    public static OpeningWindow allDay() {
        return new OpeningWindow(LocalDateTime.of(DAY, LocalTime.of(7, 30)),
                LocalDateTime.of(DAY, LocalTime.of(21, 0)));
    }

    /** A consistent count column: votes cast ≤ admitted = poll cards + proxies ≤ called. */
    public static StationCount column(int number, String postcode, long called, long admitted, long proxies,
                                      long blank, long invalid, boolean early) {
        long valid = admitted - blank - invalid;
        return new StationCount(new PollingStation(number, "Stembureau " + number, postcode, null,
                OptionalLong.of(called)), new VotersCounts(admitted - proxies, proxies, 0, admitted), valid, blank,
                invalid, early ? VotingDay.earlyOnUnknownDay() : VotingDay.electionDay(DAY));
    }
}
