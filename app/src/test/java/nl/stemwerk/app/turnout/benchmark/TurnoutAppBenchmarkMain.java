package nl.stemwerk.app.turnout.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import nl.stemwerk.app.StemwerkApplication;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;
import nl.stemwerk.app.turnout.imports.ImportRequest;
import nl.stemwerk.app.turnout.imports.TurnoutImportService;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.turnout.cbs.CbsEligibleVotersReader;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import and all figures in the app, against a fresh embedded PostgreSQL: the services the pages use, not the
 * library alone. First a generated national-size set of counts (see {@link GeneratedCounts}), then Nijmegen GR2022
 * (real count, 2014 wijken and buurten, CBS eligible voters) in the warm JVM. "All figures" is what the pages of one municipality
 * show: load from the database, turnout per election and the trend, every station of every count, per PC4, wijk and
 * buurt with the planning ranking, and the accessibility checklist. Prints p50 and max of wall time. Not a test; run
 * with {@code ./stemwerk bench app --main nl.stemwerk.app.turnout.benchmark.TurnoutAppBenchmarkMain}.
 */
public final class TurnoutAppBenchmarkMain {
    private static final String NIJMEGEN = "GM0268";
    private static final String DEMO = "/demo/turnout/";
    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;

    private TurnoutAppBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("stemwerk-turnout-bench-");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("data"), 0)) {
            ConfigurableApplicationContext app = StemwerkApplication.startWithoutWeb(database.settings(),
                    dataDir.resolve("logs"));
            try {
                run(app.getBean(TurnoutImportService.class), app.getBean(TurnoutDataService.class),
                        app.getBean(TurnoutFigures.class));
            } finally {
                app.close();
            }
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void run(TurnoutImportService imports, TurnoutDataService data, TurnoutFigures figures) {
        byte[] eligibleXlsx = resource(DEMO + "Maatwerk_kiesgerechtigd_per_gemeente_def.xlsx");
        // the national set first: the Nijmegen imports then run in a warm JVM, as in a server that has been running
        national(imports, data, figures, eligibleXlsx);
        long start = System.nanoTime();
        importFile(imports, TurnoutFileKind.COUNT, null, "osv4-3_telling_gr2022_nijmegen.csv");
        importFile(imports, TurnoutFileKind.BOUNDARIES, NIJMEGEN, "wijken_2014_hilversum_nijmegen_westmaasenwaal.geojson");
        importFile(imports, TurnoutFileKind.BOUNDARIES, NIJMEGEN, "buurten_2014_hilversum_nijmegen_westmaasenwaal.geojson");
        long cbs = System.nanoTime();
        imports.importFile(new ImportRequest(TurnoutFileKind.ELIGIBLE_VOTERS, Optional.empty(),
                "Maatwerk_kiesgerechtigd_per_gemeente_def.xlsx", eligibleXlsx, false));
        System.out.printf("  import Maatwerk_kiesgerechtigd_per_gemeente_def.xlsx: %.0f ms%n", ms(System.nanoTime() - cbs));
        long imported = System.nanoTime();
        int stationRows = allFigures(data, figures, NIJMEGEN);
        long firstFigures = System.nanoTime();
        System.out.printf("Nijmegen: import of count, wijken, buurten and CBS voters %.0f ms; first computation of all"
                + " figures %.0f ms (%d station rows)%n", ms(imported - start), ms(firstFigures - imported), stationRows);
        long[] times = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long t = System.nanoTime();
            allFigures(data, figures, NIJMEGEN);
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - t;
            }
        }
        System.out.printf("Nijmegen: all figures after import, %d runs: p50 %.1f ms, max %.1f ms%n", MEASURED,
                percentile(times, 50), percentile(times, 100));
    }

    private static void national(TurnoutImportService imports, TurnoutDataService data, TurnoutFigures figures,
                                 byte[] eligibleXlsx) {
        long parse = System.nanoTime();
        List<EligibleVotersEstimate> municipalities = CbsEligibleVotersReader.read("maatwerk.xlsx",
                new ByteArrayInputStream(eligibleXlsx)).stream()
                .filter(m -> !m.municipalityCode().equals(NIJMEGEN)).toList();
        System.out.printf("  reading the CBS xlsx (library only, cold): %.0f ms%n", ms(System.nanoTime() - parse));
        Random random = new Random(2022);
        List<byte[]> files = new ArrayList<>();
        int stations = 0;
        for (EligibleVotersEstimate m : municipalities) {
            files.add(GeneratedCounts.osv43(m, random));
            stations += GeneratedCounts.stationsFor(m.eligibleVoters());
        }
        long[] importTimes = new long[files.size()];
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            long t = System.nanoTime();
            imports.importFile(new ImportRequest(TurnoutFileKind.COUNT, Optional.empty(),
                    "osv4-3_" + municipalities.get(i).municipalityCode() + ".csv", files.get(i), false));
            importTimes[i] = System.nanoTime() - t;
        }
        long imported = System.nanoTime();
        long[] figureTimes = new long[municipalities.size()];
        for (int i = 0; i < municipalities.size(); i++) {
            long t = System.nanoTime();
            allFigures(data, figures, municipalities.get(i).municipalityCode());
            figureTimes[i] = System.nanoTime() - t;
        }
        long computed = System.nanoTime();
        int slowestImport = indexOfMax(importTimes);
        int slowestFigures = indexOfMax(figureTimes);
        System.out.printf("National set: %d municipalities, %d stations. Import: total %.1f s, per municipality p50"
                        + " %.1f ms, max %.1f ms. All figures: total %.1f s, per municipality p50 %.1f ms, max %.1f ms%n",
                municipalities.size(), stations, ms(imported - start) / 1000, percentile(importTimes, 50),
                percentile(importTimes, 100), ms(computed - imported) / 1000, percentile(figureTimes, 50),
                percentile(figureTimes, 100));
        System.out.printf("  slowest import: %s (%d stations, import number %d); slowest figures: %s%n",
                municipalities.get(slowestImport).municipalityName(),
                GeneratedCounts.stationsFor(municipalities.get(slowestImport).eligibleVoters()), slowestImport + 1,
                municipalities.get(slowestFigures).municipalityName());
    }

    private static int indexOfMax(long[] values) {
        int max = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[max]) {
                max = i;
            }
        }
        return max;
    }

    /** Everything the pages of one municipality compute; returns the number of station rows, so none is skipped. */
    static int allFigures(TurnoutDataService data, TurnoutFigures figures, String code) {
        TurnoutData loaded = data.load(code);
        List<ElectionFigures> elections = figures.elections(loaded);
        figures.trend(elections);
        int stationRows = 0;
        for (StoredCount count : loaded.counts()) {
            stationRows += figures.stations(loaded, count).size();
        }
        for (AreaLevelChoice level : AreaLevelChoice.values()) {
            AreaFiguresResult result = figures.areas(loaded, level, loaded.latestCount());
            result.grouping().ifPresent(figures::ranking);
        }
        figures.accessibility(loaded);
        return stationRows;
    }

    private static void importFile(TurnoutImportService imports, TurnoutFileKind kind, String municipality,
                                   String file) {
        byte[] content = resource(DEMO + file);
        long start = System.nanoTime();
        imports.importFile(new ImportRequest(kind, Optional.ofNullable(municipality), file, content,
                kind == TurnoutFileKind.BOUNDARIES));
        System.out.printf("  import %s: %.0f ms%n", file, ms(System.nanoTime() - start));
    }

    private static byte[] resource(String path) {
        try (InputStream in = TurnoutAppBenchmarkMain.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (sorted.length - 1) * percent / 100)] / 1e6;
    }
}
