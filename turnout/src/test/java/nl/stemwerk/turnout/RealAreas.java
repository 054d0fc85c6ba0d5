package nl.stemwerk.turnout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.stemwerk.turnout.geo.AreaSet;
import nl.stemwerk.turnout.geo.GeoJsonBoundaryReader;
import nl.stemwerk.turnout.geo.InvalidShapes;
import nl.stemwerk.turnout.geo.TopoJsonBoundaryReader;

/** The real CBS boundary files in shared/data/turnout/boundaries, read with repair (they are simplified). */
public final class RealAreas {
    public static final String WIJKEN_GEOJSON = "turnout/boundaries/wijken_2014_hilversum_nijmegen_westmaasenwaal.geojson";
    public static final String BUURTEN_GEOJSON = "turnout/boundaries/buurten_2014_hilversum_nijmegen_westmaasenwaal.geojson";
    public static final String GEMEENTEN_GEOJSON = "turnout/boundaries/gemeenten_2022_gr2022_wgs84.min.geo.json";
    public static final String WIJKEN_TOPOJSON = "turnout/boundaries/Wijk_2014_q1e3.topo.json";
    public static final String BUURTEN_TOPOJSON = "turnout/boundaries/Buurt_2014_q1e3.topo.json";
    public static final String GEMEENTEN_TOPOJSON = "turnout/boundaries/Gemeente_2015_q1e3.topo.json";

    private RealAreas() {
    }

    public static AreaSet geoJson(String relative) {
        try (InputStream in = SharedData.open(relative)) {
            return GeoJsonBoundaryReader.read(name(relative), in, InvalidShapes.REPAIR_AND_REPORT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AreaSet topoJson(String relative) {
        try (InputStream in = SharedData.open(relative)) {
            return TopoJsonBoundaryReader.read(name(relative), in, InvalidShapes.REPAIR_AND_REPORT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String name(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }
}
