package nl.stemwerk.turnout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.cbs.CbsNeighbourhoodFiguresReader;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.station.EnschedeDistrictJsonReader;
import nl.stemwerk.turnout.station.StationList;

/**
 * The one real set with station coordinates: Enschede's 2012 polling districts, its 2014 wijken and buurten
 * (TopoJSON) and its 2009 inhabitants per buurt. Districts 11, 205 and 306 have coordinates 0, 0 in the file
 * and are treated as stations without a known place.
 */
public final class RealEnschede {
    public static final LocalDate TK2012 = LocalDate.of(2012, 9, 12);
    public static final Set<Integer> AT_ZERO_ZERO = Set.of(11, 205, 306);

    private RealEnschede() {
    }

    public static StationList stations() {
        try (InputStream in = SharedData.open("turnout/stations/enschede_2012_stemdistrict_stembureaus.json")) {
            return EnschedeDistrictJsonReader.read("enschede_2012_stemdistrict_stembureaus.json", in, TK2012)
                    .withUnknownLocation(AT_ZERO_ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<AreaPopulation> inhabitants() {
        try (InputStream in = SharedData.open("turnout/cbs/enschede_2009_buurtcijfers.csv")) {
            return CbsNeighbourhoodFiguresReader.read("enschede_2009_buurtcijfers.csv", in,
                    "CBS kerncijfers wijken en buurten 2009");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Area> wijken() {
        return RealAreas.topoJson(RealAreas.WIJKEN_TOPOJSON).inMunicipality("GM0153").areas();
    }

    public static List<Area> buurten() {
        return RealAreas.topoJson(RealAreas.BUURTEN_TOPOJSON).inMunicipality("GM0153").areas();
    }

    public static CoverageInput byWijk() {
        return new CoverageInput("GM0153", TK2012, wijken(), buurten(), inhabitants(), stations(), Optional.empty());
    }

    public static CoverageInput byBuurt() {
        List<Area> buurten = buurten();
        return new CoverageInput("GM0153", TK2012, buurten, buurten, inhabitants(), stations(), Optional.empty());
    }
}
