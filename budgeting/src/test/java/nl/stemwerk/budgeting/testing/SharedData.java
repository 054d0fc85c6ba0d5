package nl.stemwerk.budgeting.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.pabulib.PbElections;
import nl.stemwerk.budgeting.pabulib.PbFile;
import nl.stemwerk.budgeting.pabulib.PbFormatException;
import nl.stemwerk.budgeting.pabulib.PbReader;

/**
 * The real pabulib instances in {@code shared/data/pb} (third-party research data, see its SOURCES.md). Tests read
 * them in place through the system property {@code stemwerk.shared}; they are never copied into the project.
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * {@code <stemwerk.shared>/data/pb}. Without the property (a benchmark started by hand from the repository root)
     * the root pom's default {@code ../shared} is used.
     */
    public static Path pbDirectory() {
        String shared = System.getProperty("stemwerk.shared", "../shared");
        Path directory = Path.of(shared, "data", "pb");
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The shared pabulib data is missing: " + directory.toAbsolutePath()
                    + " does not exist. Run through Maven (the root pom sets -Dstemwerk.shared to <repo>/../shared), "
                    + "pass -Dstemwerk.shared=/path/to/shared, or put the shared folder next to the repository.");
        }
        return directory;
    }

    public static Path pb(String fileName) {
        Path file = pbDirectory().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Shared data file missing: " + file.toAbsolutePath());
        }
        return file;
    }

    /** Every .pb file name, sorted. */
    public static List<String> pbFileNames() {
        try (Stream<Path> files = Files.list(pbDirectory())) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".pb")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String fileName) {
        try {
            return Files.readAllBytes(pb(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, PbFile> FILES = new ConcurrentHashMap<>();
    private static final Map<String, BudgetElection> ELECTIONS = new ConcurrentHashMap<>();

    /** The file, read once per test run. */
    public static PbFile read(String fileName) {
        return FILES.computeIfAbsent(fileName, SharedData::readFresh);
    }

    private static PbFile readFresh(String fileName) {
        try (InputStream in = Files.newInputStream(pb(fileName))) {
            return PbReader.read(in).file();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PbFormatException e) {
            throw new AssertionError(fileName + ": " + e.getMessage(), e);
        }
    }

    /** The election in the file, built once per test run. */
    public static BudgetElection election(String fileName) {
        return ELECTIONS.computeIfAbsent(fileName, name -> PbElections.toElection(read(name)));
    }
}
