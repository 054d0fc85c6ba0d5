package nl.stemwerk.turnout.geo;

import static nl.stemwerk.turnout.geo.GeoJsonBoundaryReaderTest.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.stemwerk.turnout.RealAreas;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class TopoJsonBoundaryReaderTest {

    /**
     * Two squares side by side sharing arc 1, the middle edge (2,0)→(2,2), quantized with scale 0.5 and
     * translate (4, 51). Arc 0 is the rest of the left square, (2,2)→(0,2)→(0,0)→(2,0) as deltas; arc 2 the
     * rest of the right one, (2,0)→(4,0)→(4,2)→(2,2), which closes with arc 1 reversed (~1 = -2). Decoded,
     * the left square spans longitude 4–5 and latitude 51–52, the right one longitude 5–6.
     */
    @Test
    void sharedArcsAreDecodedAndReversed() {
        String topology = """
                {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[4,51]},
                 "objects":{"layer":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"WK099901"}},
                   {"type":"Polygon","arcs":[[2,-2]],"properties":{"statcode":"WK099902"}}]}},
                 "arcs":[[[2,2],[-2,0],[0,-2],[2,0]],
                         [[2,0],[0,2]],
                         [[2,0],[2,0],[0,2],[-2,0]]]}
                """;

        AreaSet set = TopoJsonBoundaryReader.read("twee.topo.json", stream(topology));

        Geometry left = set.byCode("WK099901").orElseThrow().shape().orElseThrow();
        Geometry right = set.byCode("WK099902").orElseThrow().shape().orElseThrow();
        assertThat(left.getArea()).isCloseTo(1.0, within(1e-12));
        assertThat(right.getArea()).isCloseTo(1.0, within(1e-12));
        assertThat(left.getEnvelopeInternal().getMinX()).isEqualTo(4.0);
        assertThat(right.getEnvelopeInternal().getMaxX()).isEqualTo(6.0);
        assertThat(left.intersection(right).getLength()).isCloseTo(1.0, within(1e-12));
    }

    /**
     * The derived GeoJSON in shared/data was made by decoding this TopoJSON with another program, so the
     * Hilversum centre wijk must come out with the same vertices.
     */
    @Test
    void decodingTheRealWijkenGivesTheSameVerticesAsTheDerivedGeoJson() {
        AreaSet topo = RealAreas.topoJson(RealAreas.WIJKEN_TOPOJSON);
        AreaSet geo = RealAreas.geoJson(RealAreas.WIJKEN_GEOJSON);

        assertThat(topo.areas()).hasSize(2_738);
        assertThat(topo.inMunicipality("GM0402").areas()).hasSize(9);
        for (String code : new String[] {"WK040201", "WK026801", "WK066808"}) {
            Coordinate[] fromTopo = topo.byCode(code).orElseThrow().shape().orElseThrow().getCoordinates();
            Coordinate[] fromGeo = geo.byCode(code).orElseThrow().shape().orElseThrow().getCoordinates();
            assertThat(fromTopo).hasSameSizeAs(fromGeo);
            for (int i = 0; i < fromTopo.length; i++) {
                assertThat(fromTopo[i].x).as(code + " vertex " + i).isCloseTo(fromGeo[i].x, within(1e-6));
                assertThat(fromTopo[i].y).as(code + " vertex " + i).isCloseTo(fromGeo[i].y, within(1e-6));
            }
        }
    }

    /** Enschede has 70 buurten in 2014; quantization flattened Dorp Lonneker and het Brunink to a line. */
    @Test
    void theRealBuurtenOfEnschedeAreAll70PresentAndTwoHaveNoAreaLeft() {
        AreaSet enschede = RealAreas.topoJson(RealAreas.BUURTEN_TOPOJSON).inMunicipality("GM0153");

        assertThat(enschede.areas()).hasSize(70);
        assertThat(enschede.areas()).filteredOn(a -> a.shape().isEmpty()).extracting(Area::code)
                .containsExactlyInAnyOrder("BU01530900", "BU01530609");
    }

    @Test
    void aReferenceToAMissingArcIsRefused() {
        String topology = """
                {"type":"Topology","objects":{"layer":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[7]],"properties":{"statcode":"WK099901"}}]}},"arcs":[]}
                """;

        assertThatThrownBy(() -> TopoJsonBoundaryReader.read("gat.topo.json", stream(topology)))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputProblemCode.INVALID_POLYGON);
                    assertThat(e.getMessage()).contains("boog 7");
                });
    }

    @Test
    void anIncompleteTransformIsRefused() {
        String topology = """
                {"type":"Topology","transform":{"scale":[0.5]},"objects":{},"arcs":[]}
                """;

        assertThatThrownBy(() -> TopoJsonBoundaryReader.read("half.topo.json", stream(topology)))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputProblemCode.INVALID_JSON);
                    assertThat(e.getMessage()).contains("transform");
                });
    }

    @Test
    void aGeoJsonFileIsNotTakenForTopoJson() {
        assertThatThrownBy(() -> TopoJsonBoundaryReader.read("x.json",
                stream("{\"type\":\"FeatureCollection\",\"features\":[]}")))
                .isInstanceOfSatisfying(TurnoutInputException.class,
                        e -> assertThat(e.getMessage()).contains("Topology"));
    }
}
