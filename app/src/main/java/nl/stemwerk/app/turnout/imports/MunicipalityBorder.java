package nl.stemwerk.app.turnout.imports;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The municipality's outline to check station places against: its own boundary when one was imported, otherwise the
 * union of its wijken (or buurten), which cover the municipality.
 */
final class MunicipalityBorder {
    private MunicipalityBorder() {
    }

    static Optional<Area> of(Municipality municipality, List<Area> areas) {
        for (AreaLevel level : List.of(AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD)) {
            List<Geometry> shapes = areas.stream().filter(a -> a.level() == level).flatMap(a -> a.shape().stream())
                    .toList();
            if (!shapes.isEmpty()) {
                return Optional.of(new Area(municipality.cbsCode(), municipality.name(), AreaLevel.MUNICIPALITY,
                        Optional.of(UnaryUnionOp.union(shapes))));
            }
        }
        return Optional.empty();
    }
}
