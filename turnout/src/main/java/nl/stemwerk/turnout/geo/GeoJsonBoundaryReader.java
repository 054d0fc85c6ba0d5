package nl.stemwerk.turnout.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.internal.geo.AreaFeature;
import nl.stemwerk.turnout.internal.geo.ShapeBuilder;
import nl.stemwerk.turnout.internal.json.Json;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.problem.ReadNoteCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/**
 * Reads CBS areas from a GeoJSON FeatureCollection in WGS84 (RFC 7946), such as the CBS wijk- en buurtkaart
 * exported as GeoJSON or the Kiesraad's municipality map. Each feature needs a code ("statcode",
 * "regiocode", "code" or the feature id). Polygons must be valid: a self-intersecting or open ring stops the
 * whole file with the feature number. A feature without geometry is kept as an area without shape.
 */
public final class GeoJsonBoundaryReader {
    private GeoJsonBoundaryReader() {
    }

    /** Reads and refuses any invalid polygon. */
    public static AreaSet read(String source, InputStream in) {
        return read(source, in, InvalidShapes.REFUSE);
    }

    public static AreaSet read(String source, InputStream in, InvalidShapes invalidShapes) {
        JsonNode root = Json.read(source, in);
        JsonNode features = root.get("features");
        if (!"FeatureCollection".equals(Json.text(root, "type")) || features == null || !features.isArray()) {
            throw TurnoutInputException.of(InputProblemCode.INVALID_JSON, SourcePosition.file(source),
                    "Dit is geen GeoJSON FeatureCollection met gebieden.");
        }
        Problems problems = new Problems();
        ShapeBuilder shapes = new ShapeBuilder(invalidShapes);
        List<Area> areas = new ArrayList<>();
        List<String> withoutShape = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            SourcePosition position = SourcePosition.row(source, i + 1);
            Optional<String> code = AreaFeature.code(feature.get("properties"), feature.get("id"));
            if (code.isEmpty()) {
                problems.add(InputProblemCode.MISSING_VALUE, position.withColumn("statcode"),
                        "Gebied " + (i + 1) + " heeft geen CBS-code (statcode, regiocode of code).");
                continue;
            }
            Optional<Geometry> shape = geometry(code.get(), feature.get("geometry"), position.withColumn("geometry"),
                    shapes, problems);
            if (shape.isEmpty()) {
                withoutShape.add(code.get());
            }
            areas.add(new Area(code.get(), AreaFeature.name(feature.get("properties")),
                    AreaLevel.ofCode(code.get()), shape));
        }
        problems.throwIfAny();
        return new AreaSet(areas, notes(source, withoutShape, shapes.repaired()));
    }

    private static Optional<Geometry> geometry(String code, JsonNode geometry, SourcePosition position,
                                               ShapeBuilder shapes, Problems problems) {
        if (geometry == null || geometry.isNull()) {
            return Optional.empty();
        }
        JsonNode coordinates = geometry.get("coordinates");
        String type = Json.text(geometry, "type");
        try {
            return switch (type) {
                case "Polygon" -> shapes.build(code, List.of(rings(coordinates)), position, problems);
                case "MultiPolygon" -> {
                    List<List<List<double[]>>> polygons = new ArrayList<>();
                    for (JsonNode polygon : coordinates) {
                        polygons.add(rings(polygon));
                    }
                    yield shapes.build(code, polygons, position, problems);
                }
                default -> {
                    problems.add(InputProblemCode.INVALID_POLYGON, position,
                            "Een gebied moet een Polygon of MultiPolygon zijn, niet '" + type + "'.");
                    yield Optional.empty();
                }
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(InputProblemCode.INVALID_POLYGON, position,
                    "De coördinaten van dit vlak zijn geen lijsten van getallenparen.");
            return Optional.empty();
        }
    }

    private static List<List<double[]>> rings(JsonNode polygon) {
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<double[]> positions = new ArrayList<>();
            for (JsonNode position : ring) {
                if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    throw new IllegalArgumentException("not a position");
                }
                positions.add(new double[] {position.get(0).asDouble(), position.get(1).asDouble()});
            }
            rings.add(positions);
        }
        return rings;
    }

    static List<ReadNote> notes(String source, List<String> withoutShape, List<String> repaired) {
        List<ReadNote> notes = new ArrayList<>();
        if (!repaired.isEmpty()) {
            notes.add(new ReadNote(ReadNoteCode.AREA_REPAIRED, repaired.size() + " gebieden in " + source
                    + " hadden een ongeldige vorm, meestal door afronding (" + firstCodes(repaired) + "). We hebben "
                    + "die vormen hersteld: randen zonder oppervlak zijn weggelaten en kruisende randen zijn "
                    + "gesplitst. Gebruik voor echte besluiten de officiële wijk- en buurtkaart van het CBS."));
        }
        if (!withoutShape.isEmpty()) {
            notes.add(new ReadNote(ReadNoteCode.AREA_WITHOUT_SHAPE, withoutShape.size() + " gebieden in " + source
                    + " hebben geen vorm (" + firstCodes(withoutShape) + "). Ze tellen mee als gebied, maar we "
                    + "kunnen er geen stembureaus in plaatsen en geen afstanden voor berekenen."));
        }
        return notes;
    }

    private static String firstCodes(List<String> codes) {
        return String.join(", ", codes.subList(0, Math.min(10, codes.size()))) + (codes.size() > 10 ? ", …" : "");
    }
}
