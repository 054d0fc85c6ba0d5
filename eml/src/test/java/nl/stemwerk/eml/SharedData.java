package nl.stemwerk.eml;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public election files in {@code shared/data/elections} (see its SOURCES.md), found through the
 * system property {@code stemwerk.shared} that the root pom sets for tests; benchmarks started from the
 * repository root without it look in {@code ../shared}.
 */
public final class SharedData {
    public static final String GR2022 = "nl_gr2022_west_maas_en_waal/";
    public static final String TK2025 = "nl_tk2025_west_maas_en_waal/";
    public static final String GR2022_COUNT = GR2022 + "Telling_GR2022_WestMaasenWaal.eml.xml";
    public static final String GR2022_CANDIDATES = GR2022 + "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml";
    public static final String GR2022_CSV = GR2022 + "osv4-3_telling_gr2022_westmaasenwaal.csv";
    public static final String TK2025_COUNT = TK2025 + "Telling_TK2025_gemeente_West_Maas_en_Waal.eml.xml";
    public static final String TK2025_CANDIDATES = TK2025 + "Kandidatenlijsten_TK2025_Nijmegen.eml.xml";
    public static final String TK2025_CSV = TK2025 + "osv4-3_telling_tk2025_gemeente_westmaasenwaal.csv";
    public static final String ABACUS = "eml_nl_samples/abacus/";
    public static final String RUST_EML = "eml_nl_samples/rust-eml-nl/";
    public static final String JUINEN = "eml_nl_samples/juinen/";

    private SharedData() {
    }

    /** A file under {@code shared/data/elections}, e.g. {@code path(GR2022_COUNT)}. */
    public static Path path(String relative) {
        String shared = System.getProperty("stemwerk.shared", "../shared");
        Path file = Path.of(shared, "data", "elections").resolve(relative);
        if (!Files.isRegularFile(file)) {
            fail("Shared test data missing: " + file.toAbsolutePath() + ". Set the system property stemwerk.shared"
                    + " to the shared folder next to the repository (Maven does this for the tests).");
        }
        return file;
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream open(String relative) {
        try {
            return Files.newInputStream(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name without folders, as a user would see it in a message. */
    public static String name(String relative) {
        return path(relative).getFileName().toString();
    }
}
