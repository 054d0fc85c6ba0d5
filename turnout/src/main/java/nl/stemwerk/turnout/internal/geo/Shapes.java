package nl.stemwerk.turnout.internal.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Builds JTS polygons from rings of [longitude, latitude] pairs and says in Dutch what is wrong with an
 * invalid one. Rings follow GeoJSON (RFC 7946 §3.1.6): at least four positions, the last equal to the first.
 */
public final class Shapes {
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int MIN_RING_POSITIONS = 4;

    private Shapes() {
    }

    /** A problem with a ring, in Dutch, or empty when the ring is well-formed. */
    public static Optional<String> ringProblem(List<double[]> ring) {
        if (ring.size() < MIN_RING_POSITIONS) {
            return Optional.of("een ring heeft " + ring.size() + " punten; een vlak heeft er minstens 4 nodig "
                    + "(het eerste punt komt aan het eind terug)");
        }
        double[] first = ring.getFirst();
        double[] last = ring.getLast();
        if (first[0] != last[0] || first[1] != last[1]) {
            return Optional.of("een ring is niet gesloten: het laatste punt is niet gelijk aan het eerste");
        }
        return Optional.empty();
    }

    /** A polygon from well-formed rings (outer ring first). */
    public static Polygon polygon(List<List<double[]>> rings) {
        LinearRing shell = ring(rings.getFirst());
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(Shapes::ring).toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    public static Geometry multiPolygon(List<Polygon> polygons) {
        return polygons.size() == 1 ? polygons.getFirst() : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static LinearRing ring(List<double[]> positions) {
        List<Coordinate> coordinates = new ArrayList<>(positions.size());
        for (double[] p : positions) {
            coordinates.add(new Coordinate(p[0], p[1]));
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    /** Why the geometry is invalid, in Dutch with the place, or empty when it is valid. */
    public static Optional<String> validityProblem(Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate();
        String where = at == null ? "" : String.format(Locale.ROOT, " bij %.5f N, %.5f O", at.y, at.x);
        return Optional.of(describe(error.getErrorType()) + where);
    }

    private static String describe(int type) {
        return switch (type) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "de rand van het vlak kruist zichzelf";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "een gat ligt buiten het vlak";
            case TopologyValidationError.NESTED_HOLES -> "een gat ligt in een ander gat";
            case TopologyValidationError.NESTED_SHELLS -> "een deel van het vlak ligt in een ander deel";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "de gaten snijden het vlak in stukken";
            case TopologyValidationError.DUPLICATE_RINGS -> "een rand komt twee keer voor";
            case TopologyValidationError.TOO_FEW_POINTS -> "een rand heeft te weinig verschillende punten";
            case TopologyValidationError.INVALID_COORDINATE -> "een punt is geen geldig getal";
            case TopologyValidationError.RING_NOT_CLOSED -> "een rand is niet gesloten";
            default -> "het vlak is ongeldig";
        };
    }
}
