package nl.stemwerk.turnout.station;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.geo.RdPoint;
import nl.stemwerk.turnout.internal.geo.Shapes;
import nl.stemwerk.turnout.internal.text.Dutch;
import nl.stemwerk.turnout.problem.InputProblem;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Checks that every station with coordinates lies in its municipality. Boundary files are often simplified,
 * so a station may lie just outside the drawn border; {@code toleranceMetres} says how far is still
 * accepted (use about 50 m for the official CBS map and 500 m for the coarse 2014 files).
 */
public final class StationPlacement {
    private StationPlacement() {
    }

    /**
     * @param source the station file's name, for the messages
     * @throws TurnoutInputException with a problem per stop outside the municipality
     */
    public static void requireInside(StationList stations, Area municipality, String source, double toleranceMetres) {
        Geometry shape = municipality.shape().orElseThrow(() -> new IllegalArgumentException(
                "De gemeente " + municipality.code() + " heeft geen vorm om stembureaus mee te controleren."));
        List<InputProblem> problems = new ArrayList<>();
        for (StationListing station : stations.stations()) {
            for (StationStop stop : station.stops()) {
                if (stop.location().isEmpty()) {
                    continue;
                }
                GeoPoint location = stop.location().get();
                double outside = metresOutside(shape, location);
                if (outside > toleranceMetres) {
                    problems.add(new InputProblem(InputProblemCode.STATION_OUTSIDE_MUNICIPALITY,
                            SourcePosition.row(source, stop.sourceRow()).withColumn("Latitude"),
                            "Stembureau " + station.number() + " (" + station.name() + ") ligt op " + location.latitude()
                                    + ", " + location.longitude() + ", dat is "
                                    + (Double.isInfinite(outside) ? "ver" : Dutch.distance(outside))
                                    + " buiten de gemeente " + municipality.name() + ". Kloppen de coördinaten?"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TurnoutInputException(problems);
        }
    }

    private static double metresOutside(Geometry shape, GeoPoint location) {
        Point point = Shapes.FACTORY.createPoint(new Coordinate(location.longitude(), location.latitude()));
        if (shape.covers(point)) {
            return 0;
        }
        Coordinate nearest = DistanceOp.nearestPoints(shape, point)[0];
        // The RD approximation only holds near the Netherlands; farther away the exact distance does not matter.
        if (Math.abs(nearest.y - location.latitude()) > 1 || Math.abs(nearest.x - location.longitude()) > 1) {
            return Double.POSITIVE_INFINITY;
        }
        RdPoint border = new GeoPoint(nearest.y, nearest.x).toRd();
        return border.distanceTo(location.toRd());
    }
}
