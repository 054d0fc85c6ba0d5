package nl.stemwerk.turnout.benchmark;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.stemwerk.turnout.RealAreas;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.SharedData;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.Osv43CsvReader;
import nl.stemwerk.turnout.coverage.AreaCoverage;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.coverage.PostcodeFigures;
import nl.stemwerk.turnout.figures.MunicipalFigures;
import nl.stemwerk.turnout.figures.StationFigures;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaSet;
import nl.stemwerk.turnout.geo.GeoJsonBoundaryReader;
import nl.stemwerk.turnout.geo.InvalidShapes;
import nl.stemwerk.turnout.geo.TopoJsonBoundaryReader;
import nl.stemwerk.turnout.planning.StationPlanning;
import nl.stemwerk.turnout.station.StationList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to read and compute all figures: Nijmegen GR2022 (the largest real count file, 138 columns) and a
 * generated national set (see {@link NationalSet}). Files are read from memory, so disk speed is not measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TurnoutBenchmark {

    @State(Scope.Benchmark)
    public static class Nijmegen {
        byte[] count;
        byte[] wijken;

        @Setup(Level.Trial)
        public void load() {
            count = SharedData.bytes(RealCounts.NIJMEGEN_GR2022);
            wijken = SharedData.bytes(RealAreas.WIJKEN_GEOJSON);
        }
    }

    @State(Scope.Benchmark)
    public static class National {
        NationalSet set;
        byte[] buurten;
        Map<String, List<Area>> buurtenByMunicipality;

        @Setup(Level.Trial)
        public void generate() throws Exception {
            set = new NationalSet();
            buurten = SharedData.bytes(RealAreas.BUURTEN_TOPOJSON);
            List<Area> all = TopoJsonBoundaryReader.read("buurten", new ByteArrayInputStream(buurten),
                    InvalidShapes.REPAIR_AND_REPORT).areas();
            buurtenByMunicipality = all.stream().collect(Collectors.groupingBy(b -> b.municipalityCode().orElseThrow()));
            long covered = set.municipalities.stream().filter(m -> buurtenByMunicipality.containsKey(m.area().code()))
                    .mapToLong(m -> m.stations().stations().size()).sum();
            System.out.println("\nNational set: " + set.municipalities.size() + " municipalities, "
                    + set.stationCount() + " stations (" + covered + " in a municipality that has 2014 buurten), "
                    + all.size() + " buurten");
        }
    }

    /** Nijmegen: read the count, all municipal, station and PC4 figures, the ranking, and the wijken. */
    @Benchmark
    public void nijmegenReadAndComputeAll(Nijmegen data, Blackhole sink) {
        ElectionCount count = Osv43CsvReader.read("nijmegen.csv", new ByteArrayInputStream(data.count));
        sink.consume(MunicipalFigures.of(count));
        sink.consume(StationFigures.allOf(count, Map.of()));
        Grouping byPostcode = PostcodeFigures.of(count, List.of());
        sink.consume(StationPlanning.rank(byPostcode));
        AreaSet wijken = GeoJsonBoundaryReader.read("wijken", new ByteArrayInputStream(data.wijken),
                InvalidShapes.REPAIR_AND_REPORT).inMunicipality("GM0268");
        Grouping byWijk = AreaCoverage.of(new CoverageInput("GM0268", count.electionDate(), wijken.areas(), List.of(),
                List.of(), new StationList(List.of(), List.of()), Optional.of(count)));
        sink.consume(StationPlanning.rank(byWijk));
    }

    /** All municipalities: read ~9,500 count columns and compute municipal, station and PC4 figures. */
    @Benchmark
    public void nationalCountsAndPostcodeFigures(National data, Blackhole sink) {
        for (NationalSet.Municipality municipality : data.set.municipalities) {
            ElectionCount count = Osv43CsvReader.read("count.csv", municipality.csv());
            sink.consume(MunicipalFigures.of(count));
            sink.consume(StationFigures.allOf(count, Map.of(1, Duration.ofMinutes(810))));
            sink.consume(StationPlanning.rank(PostcodeFigures.of(count, List.of())));
        }
    }

    /** All municipalities by buurt (11,691 buurten): place ~9,500 stations, distances from every buurt, rank. */
    @Benchmark
    public void nationalCoverageByBuurt(National data, Blackhole sink) {
        List<Grouping> groupings = new ArrayList<>();
        for (NationalSet.Municipality municipality : data.set.municipalities) {
            List<Area> buurten = data.buurtenByMunicipality.getOrDefault(municipality.area().code(), List.of());
            if (buurten.isEmpty()) {
                continue;
            }
            Grouping grouping = AreaCoverage.of(new CoverageInput(municipality.area().code(), NationalSet.DAY, buurten,
                    List.of(), List.of(), municipality.stations(), Optional.empty()));
            groupings.add(grouping);
            sink.consume(StationPlanning.rank(grouping));
        }
        sink.consume(groupings);
    }

    /** Reading and checking the national buurt TopoJSON (2.9 MB, 11,691 buurten) with reported repairs. */
    @Benchmark
    public void readNationalBuurtTopoJson(National data, Blackhole sink) {
        sink.consume(TopoJsonBoundaryReader.read("buurten", new ByteArrayInputStream(data.buurten),
                InvalidShapes.REPAIR_AND_REPORT));
    }
}
