package nl.stemwerk.turnout.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JTS polygons as GeoJSON geometry objects (RFC 7946), coordinates rounded to six decimals (about 10 cm). */
final class GeoJsonGeometry {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double SIX_DECIMALS = 1e6;

    private GeoJsonGeometry() {
    }

    static JsonNode of(Geometry geometry) {
        ObjectNode node = NODES.objectNode();
        if (geometry instanceof Polygon polygon) {
            node.put("type", "Polygon");
            node.set("coordinates", rings(polygon));
        } else if (geometry instanceof MultiPolygon multi) {
            node.put("type", "MultiPolygon");
            ArrayNode polygons = node.putArray("coordinates");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multi.getGeometryN(i)));
            }
        } else {
            return NODES.nullNode();
        }
        return node;
    }

    static JsonNode point(double longitude, double latitude) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "Point");
        node.putArray("coordinates").add(round(longitude)).add(round(latitude));
        return node;
    }

    private static ArrayNode rings(Polygon polygon) {
        ArrayNode rings = NODES.arrayNode();
        rings.add(ring(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static ArrayNode ring(LineString ring) {
        ArrayNode positions = NODES.arrayNode();
        for (Coordinate c : ring.getCoordinates()) {
            positions.add(NODES.arrayNode().add(round(c.x)).add(round(c.y)));
        }
        return positions;
    }

    private static double round(double value) {
        return Math.round(value * SIX_DECIMALS) / SIX_DECIMALS;
    }
}
