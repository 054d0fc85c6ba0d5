package nl.stemwerk.turnout.coverage.internal;

import java.util.List;
import nl.stemwerk.turnout.geo.RdPoint;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/** Nearest election-day station to a point, in RD metres, through an R-tree (JTS STRtree). */
public final class StationIndex {
    private static final ItemDistance RD_DISTANCE =
            (a, b) -> ((RdPoint) a.getItem()).distanceTo((RdPoint) b.getItem());
    private final STRtree tree = new STRtree();
    private final boolean empty;

    public StationIndex(List<RdPoint> stations) {
        for (RdPoint station : stations) {
            tree.insert(new Envelope(station.x(), station.x(), station.y(), station.y()), station);
        }
        empty = stations.isEmpty();
        tree.build();
    }

    public boolean isEmpty() {
        return empty;
    }

    /** Metres to the nearest station; only call when not {@link #isEmpty()}. */
    public double nearestMetres(RdPoint from) {
        if (empty) {
            throw new IllegalStateException("no stations");
        }
        Envelope at = new Envelope(from.x(), from.x(), from.y(), from.y());
        RdPoint nearest = (RdPoint) tree.nearestNeighbour(at, from, RD_DISTANCE);
        return nearest.distanceTo(from);
    }
}
