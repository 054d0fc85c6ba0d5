package nl.stemwerk.turnout.map;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.coverage.DistanceToStation;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.StationFigures;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.internal.json.Json;
import nl.stemwerk.turnout.planning.RankedArea;
import nl.stemwerk.turnout.planning.StationPlanning;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON for the map (Leaflet reads it as is): one layer of areas with their figures as properties, and
 * one layer of stations as points. Every figure is a property with its value, or null plus a property
 * "…Waarom" with the Dutch reason; caveats go in "…LetOp". Shares are fractions (0.51, not 51).
 */
public final class MapLayers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MapLayers() {
    }

    /**
     * @param shapes the areas with their shapes (areas without a shape get a null geometry)
     */
    public static void writeAreas(Grouping grouping, List<Area> shapes, Writer out) {
        Map<String, Area> byCode = new HashMap<>();
        shapes.forEach(a -> byCode.put(a.code(), a));
        Map<String, RankedArea> ranks = new HashMap<>();
        StationPlanning.rank(grouping).ranked().forEach(r -> ranks.put(r.area().code(), r));
        ObjectNode collection = collection();
        ArrayNode features = collection.putArray("features");
        for (AreaFigures area : grouping.areas()) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", area.code());
            feature.set("geometry", Optional.ofNullable(byCode.get(area.code())).flatMap(Area::shape)
                    .map(GeoJsonGeometry::of).orElse(NODES.nullNode()));
            ObjectNode properties = feature.putObject("properties");
            properties.put("code", area.code());
            properties.put("naam", area.name());
            properties.put("soort", area.level().dutchName());
            put(properties, "stembureaus", area.electionDayStations().map(BigDecimal::doubleValue));
            put(properties, "mensen", area.population().map(p -> (double) p.count()));
            area.population().toOptional().ifPresent(p -> properties.put("mensenSoort", p.basis().dutchName()));
            put(properties, "stembureausPer1000", area.stationsPer1000().map(BigDecimal::doubleValue));
            put(properties, "toegelatenKiezers", area.admittedVoters().map(Long::doubleValue));
            put(properties, "aandeelVervroegd", area.earlyVotingShare().map(Ratio::value));
            put(properties, "aandeelVolmacht", area.proxyShare().map(Ratio::value));
            put(properties, "opkomst", area.turnout().map(Ratio::value));
            put(properties, "afstandGemiddeldM", area.distance().map(d -> (double) Math.round(d.meanMetres())));
            put(properties, "afstandVerstM", area.distance().map(d -> (double) Math.round(d.maxMetres())));
            area.distance().toOptional().map(DistanceToStation::method)
                    .ifPresent(m -> properties.put("afstandMethode", m.dutchDescription()));
            RankedArea rank = ranks.get(area.code());
            if (rank != null) {
                properties.put("planningPositie", rank.rank());
                properties.put("planningPrioriteit", rank.priority().doubleValue());
                properties.put("planningAdvies", rank.suggestion().dutchName());
                ArrayNode reasons = properties.putArray("planningRedenen");
                rank.reasons().forEach(reasons::add);
            }
        }
        write(collection, out);
    }

    /** Stations with coordinates as points; a mobile station gives a point per place. */
    public static void writeStations(StationList stations, List<StationFigures> figures, Writer out) {
        Map<Integer, StationFigures> byNumber = new HashMap<>();
        figures.forEach(f -> byNumber.put(f.number(), f));
        ObjectNode collection = collection();
        ArrayNode features = collection.putArray("features");
        for (StationListing station : stations.stations()) {
            for (GeoPoint location : station.locations()) {
                ObjectNode feature = features.addObject();
                feature.put("type", "Feature");
                feature.set("geometry", GeoJsonGeometry.point(location.longitude(), location.latitude()));
                ObjectNode properties = feature.putObject("properties");
                properties.put("nummer", station.number());
                properties.put("naam", station.name());
                properties.put("type", station.typeName());
                StationFigures count = byNumber.get(station.number());
                if (count != null) {
                    properties.put("toegelatenKiezers", count.admittedVoters());
                    put(properties, "kiezersPerUur", count.admittedPerOpeningHour().map(BigDecimal::doubleValue));
                    put(properties, "aandeelVolmacht", count.proxyShare().map(Ratio::value));
                }
            }
        }
        write(collection, out);
    }

    private static ObjectNode collection() {
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        return collection;
    }

    private static void put(ObjectNode properties, String name, Figure<Double> figure) {
        switch (figure) {
            case Figure.Known<Double> known -> {
                properties.put(name, known.value());
                if (!known.caveats().isEmpty()) {
                    ArrayNode caveats = properties.putArray(name + "LetOp");
                    known.caveats().stream().map(Reason::message).forEach(caveats::add);
                }
            }
            case Figure.Unknown<Double> unknown -> {
                properties.putNull(name);
                properties.put(name + "Waarom", unknown.why().message());
                properties.put(name + "Code", unknown.why().code().name());
            }
        }
    }

    private static void write(ObjectNode collection, Writer out) {
        Json.mapper().writeValue(out, collection);
    }
}
