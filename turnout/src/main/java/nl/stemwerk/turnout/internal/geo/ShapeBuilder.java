package nl.stemwerk.turnout.internal.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.geo.InvalidShapes;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Turns decoded polygon rings into one valid geometry, or records why it cannot. With
 * {@link InvalidShapes#REPAIR_AND_REPORT}, rings without area are dropped and crossing edges are fixed with
 * JTS {@link GeometryFixer}; every area touched that way is remembered for the reader's note. Nothing is
 * repaired silently.
 */
public final class ShapeBuilder {
    private final InvalidShapes policy;
    private final List<String> repaired = new ArrayList<>();

    public ShapeBuilder(InvalidShapes policy) {
        this.policy = policy;
    }

    /** Codes of the areas that were repaired, in file order. */
    public List<String> repaired() {
        return List.copyOf(repaired);
    }

    /**
     * @param polygons each polygon as rings of [longitude, latitude] positions, outer ring first
     * @return the geometry, or empty when there is none (no polygons, or only slivers) or it is invalid
     */
    public Optional<Geometry> build(String code, List<List<List<double[]>>> polygons, SourcePosition position,
                                    Problems problems) {
        boolean repair = policy == InvalidShapes.REPAIR_AND_REPORT;
        boolean touched = false;
        List<Polygon> built = new ArrayList<>();
        for (List<List<double[]>> rings : polygons) {
            List<List<double[]>> kept = new ArrayList<>();
            for (int r = 0; r < rings.size(); r++) {
                List<double[]> ring = rings.get(r);
                if (repair && isSliver(ring)) {
                    touched = true;
                    if (r == 0) {
                        break;
                    }
                    continue;
                }
                Optional<String> problem = Shapes.ringProblem(ring);
                if (problem.isPresent()) {
                    problems.add(InputProblemCode.INVALID_POLYGON, position, "Ongeldig vlak: " + problem.get() + ".");
                    return Optional.empty();
                }
                kept.add(ring);
            }
            if (!kept.isEmpty()) {
                built.add(Shapes.polygon(kept));
            }
        }
        Optional<Geometry> geometry = built.isEmpty() ? Optional.empty() : Optional.of(Shapes.multiPolygon(built));
        Optional<String> invalid = geometry.flatMap(Shapes::validityProblem);
        if (invalid.isPresent() && !repair) {
            problems.add(InputProblemCode.INVALID_POLYGON, position, "Ongeldig vlak: " + invalid.get() + ". Is het "
                    + "bestand vereenvoudigd of afgerond? Lees het dan in met herstel van ongeldige vlakken.");
            return Optional.empty();
        }
        if (invalid.isPresent()) {
            touched = true;
            geometry = geometry.map(GeometryFixer::fix).filter(g -> !g.isEmpty() && g.isValid());
        }
        if (touched) {
            repaired.add(code);
        }
        return geometry;
    }

    private static boolean isSliver(List<double[]> ring) {
        long distinct = ring.stream().map(p -> p[0] + "," + p[1]).distinct().count();
        if (distinct < 3) {
            return true;
        }
        Coordinate[] coordinates = ring.stream().map(p -> new Coordinate(p[0], p[1])).toArray(Coordinate[]::new);
        return Area.ofRing(coordinates) == 0;
    }
}
