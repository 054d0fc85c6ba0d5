package nl.stemwerk.turnout.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.RealEnschede;
import nl.stemwerk.turnout.coverage.AreaCoverage;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.coverage.PostcodeFigures;
import nl.stemwerk.turnout.figures.StationFigures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MapLayersTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode feature(JsonNode collection, String code) {
        for (JsonNode feature : collection.get("features")) {
            if (feature.get("id").asString().equals(code)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + code);
    }

    @Test
    void enschedeWijkenCarryTheirFiguresAndShapes() {
        CoverageInput input = RealEnschede.byWijk();
        StringWriter out = new StringWriter();

        MapLayers.writeAreas(AreaCoverage.of(input), input.areas(), out);

        JsonNode map = JSON.readTree(out.toString());
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.get("features")).hasSize(10);
        JsonNode centre = feature(map, "WK015300");
        assertThat(centre.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
        JsonNode properties = centre.get("properties");
        assertThat(properties.get("naam").asString()).isEqualTo("Wijk 00 Binnensingelgebied");
        assertThat(properties.get("stembureaus").asDouble()).isEqualTo(8.0);
        assertThat(properties.get("stembureausPer1000").asDouble()).isEqualTo(0.35);
        assertThat(properties.get("mensenSoort").asString()).isEqualTo("inwoners");
        assertThat(properties.get("opkomst").isNull()).isTrue();
        assertThat(properties.get("opkomstWaarom").asString()).contains("geen telling");
        assertThat(properties.get("afstandGemiddeldM").asDouble()).isBetween(292.0, 296.0);
        assertThat(properties.get("planningPositie").asInt()).isEqualTo(2);
        assertThat(properties.get("planningRedenen")).isNotEmpty();
    }

    @Test
    void postcodeAreasHaveNoShapeButDoHaveTheirVoters() {
        StringWriter out = new StringWriter();

        MapLayers.writeAreas(PostcodeFigures.of(RealCounts.hilversum(), List.of()), List.of(), out);

        JsonNode properties = feature(JSON.readTree(out.toString()), "1223").get("properties");
        assertThat(feature(JSON.readTree(out.toString()), "1223").get("geometry").isNull()).isTrue();
        assertThat(properties.get("toegelatenKiezers").asLong()).isEqualTo(6_094);
        assertThat(properties.get("opkomst").asDouble()).isEqualTo(4_375.0 / 11_752);
        assertThat(properties.get("opkomstLetOp")).hasSize(2);
        assertThat(properties.get("afstandGemiddeldMCode").asString()).isEqualTo("STATION_LOCATIONS_UNKNOWN");
    }

    @Test
    void stationsArePointsAndTheWriterIsLeftOpen() {
        StringWriter out = new StringWriter();

        MapLayers.writeStations(RealEnschede.stations(), List.<StationFigures>of(), out);
        out.write("\n");

        JsonNode map = JSON.readTree(out.toString());
        assertThat(map.get("features")).hasSize(74);
        JsonNode first = map.get("features").get(0);
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(6.896398);
        assertThat(first.get("properties").get("nummer").asInt()).isEqualTo(1);
        assertThat(first.get("properties").get("type").asString()).isEqualTo("regulier");
    }
}
