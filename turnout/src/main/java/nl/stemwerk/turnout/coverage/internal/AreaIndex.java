package nl.stemwerk.turnout.coverage.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.internal.geo.Shapes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Finds the area a point lies in (point-in-polygon through an R-tree of the areas' bounding boxes). */
public final class AreaIndex {
    private final STRtree tree = new STRtree();

    private record Entry(Area area, PreparedGeometry shape) {
    }

    public AreaIndex(List<Area> areas) {
        for (Area area : areas) {
            area.shape().ifPresent(shape -> tree.insert(shape.getEnvelopeInternal(),
                    new Entry(area, PreparedGeometryFactory.prepare(shape))));
        }
        tree.build();
    }

    /** The first area (in input order of the tree) that covers the point, border included. */
    public Optional<Area> locate(GeoPoint point) {
        Point at = Shapes.FACTORY.createPoint(new Coordinate(point.longitude(), point.latitude()));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(at.getCoordinate()));
        return candidates.stream().filter(e -> e.shape.covers(at)).map(Entry::area)
                .min(Comparator.comparing(Area::code));
    }
}
