package nl.stemwerk.turnout.coverage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.coverage.DistanceMethod;
import nl.stemwerk.turnout.coverage.DistanceToStation;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.geo.RdPoint;
import org.locationtech.jts.geom.Point;

/**
 * Where distances to a station are measured from: the centroids of the buurten of a wijk weighted by
 * population, or else the centroid of the area itself.
 */
public final class MeasuringPoints {
    private final List<Area> neighbourhoods;
    private final PopulationLookup population;

    public MeasuringPoints(List<Area> neighbourhoods, PopulationLookup population) {
        this.neighbourhoods = List.copyOf(neighbourhoods);
        this.population = population;
    }

    /** A measuring point and its weight. */
    public record WeightedPoint(RdPoint point, double weight) {
    }

    /** The points for an area, and the method they stand for; empty when the area has no shape. */
    public Optional<Measured> of(Area area) {
        if (area.level() == AreaLevel.DISTRICT) {
            List<WeightedPoint> weighted = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (Area buurt : neighbourhoods) {
                if (!buurt.code().startsWith("BU") || !AreaCodes.districtOf(buurt.code()).equals(area.code())) {
                    continue;
                }
                Optional<AreaPopulation> people = population.direct(buurt.code());
                if (people.isEmpty() || people.get().count() == 0) {
                    continue;
                }
                if (buurt.shape().isEmpty()) {
                    leftOut.add(buurt.code() + " (" + people.get().count() + ")");
                    continue;
                }
                weighted.add(new WeightedPoint(centroid(buurt.shape().get().getCentroid()), people.get().count()));
            }
            if (!weighted.isEmpty()) {
                return Optional.of(new Measured(weighted, DistanceMethod.NEIGHBOURHOOD_CENTROIDS_BY_POPULATION, leftOut));
            }
        }
        return area.shape().map(shape -> new Measured(List.of(new WeightedPoint(centroid(shape.getCentroid()), 1)),
                DistanceMethod.AREA_CENTROID, List.of()));
    }

    private static RdPoint centroid(Point centroid) {
        return new GeoPoint(centroid.getY(), centroid.getX()).toRd();
    }

    /**
     * Measuring points of one area.
     *
     * @param points  the points with their weights
     * @param method  how they were chosen
     * @param leftOut buurten with inhabitants but without shape ("code (inhabitants)")
     */
    public record Measured(List<WeightedPoint> points, DistanceMethod method, List<String> leftOut) {
        public DistanceToStation distanceTo(StationIndex stations) {
            double weightedSum = 0;
            double weights = 0;
            double max = 0;
            for (WeightedPoint point : points) {
                double metres = stations.nearestMetres(point.point());
                weightedSum += metres * point.weight();
                weights += point.weight();
                max = Math.max(max, metres);
            }
            return new DistanceToStation(Math.min(weightedSum / weights, max), max, method);
        }
    }
}
