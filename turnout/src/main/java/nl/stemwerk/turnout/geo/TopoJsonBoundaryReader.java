package nl.stemwerk.turnout.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.internal.geo.AreaFeature;
import nl.stemwerk.turnout.internal.geo.ShapeBuilder;
import nl.stemwerk.turnout.internal.geo.TopoJsonArcs;
import nl.stemwerk.turnout.internal.json.Json;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/**
 * Reads CBS areas from TopoJSON (the format of the TopoJSON specification 1.0: shared arcs, optionally
 * quantized and delta-encoded). Decoded here because no maintained Java library reads TopoJSON; the format
 * is small. All geometries of every object are read.
 *
 * <p>Quantization (the CBS 2014 files use a 1000 × 1000 grid) can shrink a small ring to a line or make
 * edges cross. Such a file is refused unless the caller asks for {@link InvalidShapes#REPAIR_AND_REPORT}.
 *
 * @see <a href="https://github.com/topojson/topojson-specification/blob/master/README.md">TopoJSON 1.0</a>
 */
public final class TopoJsonBoundaryReader {
    private TopoJsonBoundaryReader() {
    }

    /** Reads and refuses any invalid polygon. */
    public static AreaSet read(String source, InputStream in) {
        return read(source, in, InvalidShapes.REFUSE);
    }

    public static AreaSet read(String source, InputStream in, InvalidShapes invalidShapes) {
        JsonNode root = Json.read(source, in);
        if (!"Topology".equals(Json.text(root, "type")) || root.get("objects") == null || root.get("arcs") == null) {
            throw TurnoutInputException.of(InputProblemCode.INVALID_JSON, SourcePosition.file(source),
                    "Dit is geen TopoJSON-bestand (type 'Topology' met 'objects' en 'arcs').");
        }
        TopoJsonArcs arcs = TopoJsonArcs.decode(source, root.get("arcs"), root.get("transform"));
        Problems problems = new Problems();
        ShapeBuilder shapes = new ShapeBuilder(invalidShapes);
        List<Area> areas = new ArrayList<>();
        List<String> withoutShape = new ArrayList<>();
        int index = 0;
        for (JsonNode object : root.get("objects")) {
            JsonNode geometries = object.has("geometries") ? object.get("geometries") : Json.mapper().createArrayNode()
                    .add(object);
            for (JsonNode geometry : geometries) {
                index++;
                SourcePosition position = SourcePosition.row(source, index);
                Optional<String> code = AreaFeature.code(geometry.get("properties"), geometry.get("id"));
                if (code.isEmpty()) {
                    problems.add(InputProblemCode.MISSING_VALUE, position.withColumn("statcode"),
                            "Gebied " + index + " heeft geen CBS-code (statcode of id).");
                    continue;
                }
                Optional<Geometry> shape = shapes.build(code.get(), arcs.polygons(geometry, position, problems),
                        position.withColumn("arcs"), problems);
                if (shape.isEmpty()) {
                    withoutShape.add(code.get());
                }
                areas.add(new Area(code.get(), AreaFeature.name(geometry.get("properties")),
                        AreaLevel.ofCode(code.get()), shape));
            }
        }
        problems.throwIfAny();
        return new AreaSet(areas, GeoJsonBoundaryReader.notes(source, withoutShape, shapes.repaired()));
    }
}
