package nl.stemwerk.turnout.internal.geo;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.turnout.internal.json.Json;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import tools.jackson.databind.JsonNode;

/**
 * The decoded arcs of a topology, and the rings built from them (TopoJSON 1.0 §2.2 and §2.1.4). With a
 * transform, positions are quantized and delta-encoded: each position adds to the previous one, then
 * x·scale + translate gives the coordinate.
 */
public final class TopoJsonArcs {
    private final List<double[][]> arcs;

    private TopoJsonArcs(List<double[][]> arcs) {
        this.arcs = arcs;
    }

    public static TopoJsonArcs decode(String source, JsonNode arcsNode, JsonNode transform) {
        boolean quantized = transform != null && !transform.isNull();
        if (quantized && !(pairOfNumbers(transform.get("scale")) && pairOfNumbers(transform.get("translate")))
                || !arcsNode.isArray()) {
            throw TurnoutInputException.of(InputProblemCode.INVALID_JSON, SourcePosition.file(source),
                    "De 'transform' (scale en translate, elk twee getallen) of de lijst 'arcs' klopt niet.");
        }
        double scaleX = quantized ? transform.get("scale").get(0).asDouble() : 1;
        double scaleY = quantized ? transform.get("scale").get(1).asDouble() : 1;
        double translateX = quantized ? transform.get("translate").get(0).asDouble() : 0;
        double translateY = quantized ? transform.get("translate").get(1).asDouble() : 0;
        List<double[][]> decoded = new ArrayList<>(arcsNode.size());
        for (int a = 0; a < arcsNode.size(); a++) {
            JsonNode arc = arcsNode.get(a);
            if (!arc.isArray()) {
                throw TurnoutInputException.of(InputProblemCode.INVALID_JSON, SourcePosition.file(source)
                        .withColumn("arcs"), "Boog " + a + " is geen lijst van punten.");
            }
            double[][] positions = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int p = 0; p < arc.size(); p++) {
                JsonNode position = arc.get(p);
                if (!pairOfNumbers(position)) {
                    throw TurnoutInputException.of(InputProblemCode.INVALID_JSON, SourcePosition.file(source)
                            .withColumn("arcs"), "Boog " + a + " bevat een punt dat geen getallenpaar is.");
                }
                if (quantized) {
                    x += position.get(0).asLong();
                    y += position.get(1).asLong();
                    positions[p] = new double[] {x * scaleX + translateX, y * scaleY + translateY};
                } else {
                    positions[p] = new double[] {position.get(0).asDouble(), position.get(1).asDouble()};
                }
            }
            decoded.add(positions);
        }
        return new TopoJsonArcs(decoded);
    }

    private static boolean pairOfNumbers(JsonNode node) {
        return node != null && node.isArray() && node.size() >= 2 && node.get(0).isNumber() && node.get(1).isNumber();
    }

    /** The polygons of a Polygon or MultiPolygon geometry object; empty for a null geometry. */
    public List<List<List<double[]>>> polygons(JsonNode geometry, SourcePosition position, Problems problems) {
        String type = Json.text(geometry, "type");
        JsonNode arcIndexes = geometry.get("arcs");
        List<List<List<double[]>>> polygons = new ArrayList<>();
        if (!type.isEmpty() && (arcIndexes == null || !arcIndexes.isArray())) {
            problems.add(InputProblemCode.INVALID_POLYGON, position.withColumn("arcs"),
                    "Dit vlak heeft geen lijst 'arcs'.");
            return polygons;
        }
        switch (type) {
            case "Polygon" -> polygons.add(rings(arcIndexes, position, problems));
            case "MultiPolygon" -> {
                for (JsonNode polygon : arcIndexes) {
                    polygons.add(rings(polygon, position, problems));
                }
            }
            case "" -> { }
            default -> problems.add(InputProblemCode.INVALID_POLYGON, position.withColumn("type"),
                    "Een gebied moet een Polygon of MultiPolygon zijn, niet '" + type + "'.");
        }
        return polygons;
    }

    private List<List<double[]>> rings(JsonNode polygon, SourcePosition position, Problems problems) {
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<double[]> positions = new ArrayList<>();
            for (JsonNode indexNode : ring) {
                if (!indexNode.isIntegralNumber()) {
                    problems.add(InputProblemCode.INVALID_POLYGON, position.withColumn("arcs"),
                            "Een vlak verwijst naar boog '" + indexNode + "', maar dat is geen geheel getal.");
                    return rings;
                }
                int index = indexNode.asInt();
                int arcNumber = index >= 0 ? index : ~index;
                if (arcNumber >= arcs.size()) {
                    problems.add(InputProblemCode.INVALID_POLYGON, position.withColumn("arcs"),
                            "Het vlak verwijst naar boog " + arcNumber + ", maar die bestaat niet.");
                    return rings;
                }
                double[][] arc = arcs.get(arcNumber);
                for (int p = 0; p < arc.length; p++) {
                    double[] point = index >= 0 ? arc[p] : arc[arc.length - 1 - p];
                    if (p > 0 || positions.isEmpty()) {
                        positions.add(point);
                    }
                }
            }
            rings.add(positions);
        }
        return rings;
    }
}
