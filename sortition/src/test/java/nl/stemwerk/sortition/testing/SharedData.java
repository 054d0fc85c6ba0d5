package nl.stemwerk.sortition.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.csv.PoolCsv;
import nl.stemwerk.sortition.csv.PoolCsvOptions;
import nl.stemwerk.sortition.csv.QuotaCsv;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.SelectionProblem;

/** The public sortition data next to the repository ({@code ../shared/data/sortition}, see its SOURCES.md). */
public final class SharedData {
    private SharedData() {
    }

    public static Path sortition(String relative) {
        String shared = System.getProperty("stemwerk.shared");
        if (shared == null) {
            throw new IllegalStateException("System property stemwerk.shared is not set; run the tests through Maven"
                    + " or pass -Dstemwerk.shared=/path/to/shared");
        }
        Path path = Path.of(shared, "data", "sortition", relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("Shared test data missing: " + path
                    + " (expected the shared folder next to the repository)");
        }
        return path;
    }

    public static Reader reader(String relative) {
        try {
            return Files.newBufferedReader(sortition(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paper instance (categories.csv + respondents.csv); the panel size is the folder name's suffix. */
    public static SelectionProblem paperInstance(String folder) {
        int panelSize = Integer.parseInt(folder.substring(folder.lastIndexOf('_') + 1));
        Quotas quotas;
        try (Reader reader = reader(folder + "/categories.csv")) {
            quotas = QuotaCsv.read(reader, "categories.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Reader reader = reader(folder + "/respondents.csv")) {
            Pool pool = PoolCsv.read(reader, "respondents.csv", quotas, PoolCsvOptions.detect());
            return SelectionProblem.of(pool, quotas, panelSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Sortition Foundation's test fixture: 150 candidates, quotas for a panel of 22. */
    public static SelectionProblem sortitionFoundationFixture() {
        String folder = "sortition_algorithms_fixture_150/";
        Quotas quotas;
        try (Reader reader = reader(folder + "features.csv")) {
            quotas = QuotaCsv.read(reader, "features.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Reader reader = reader(folder + "candidates.csv")) {
            Pool pool = PoolCsv.read(reader, "candidates.csv", quotas, PoolCsvOptions.detect()
                    .withAddressColumns(List.of("primary_address1", "primary_zip")));
            return SelectionProblem.of(pool, quotas, 22);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fixture with one cell changed: the first candidate's {@code edu_level} becomes "Level 1". On this pool
     * a single CLP solve of the master once ran for minutes (decision 0026).
     */
    public static SelectionProblem sortitionFoundationFixtureWithChangedEducation() {
        SelectionProblem fixture = sortitionFoundationFixture();
        List<Volunteer> volunteers = new ArrayList<>(fixture.pool().volunteers());
        Volunteer first = volunteers.getFirst();
        Map<String, String> features = new LinkedHashMap<>(first.features());
        features.put("edu_level", "Level 1");
        volunteers.set(0, new Volunteer(first.id(), features, first.household()));
        return SelectionProblem.of(new Pool(volunteers), fixture.quotas(), fixture.panelSize());
    }
}
