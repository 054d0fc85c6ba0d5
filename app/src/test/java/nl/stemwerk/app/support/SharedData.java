package nl.stemwerk.app.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test data next to the repository, found through the system property {@code stemwerk.shared}. */
public final class SharedData {
    /** The real GR2022 count of West Maas en Waal (osv4-3 CSV, EUPL-1.2). */
    public static final String WEST_MAAS_EN_WAAL_2022_CSV =
            "data/elections/nl_gr2022_west_maas_en_waal/osv4-3_telling_gr2022_westmaasenwaal.csv";

    private SharedData() {
    }

    public static String text(String relative) {
        try {
            return Files.readString(file(relative), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path file(String relative) {
        String root = System.getProperty("stemwerk.shared");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("Systeemeigenschap stemwerk.shared ontbreekt; draai de tests met Maven"
                    + " vanuit de root van de repository.");
        }
        Path file = Path.of(root).resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Gedeelde testdata ontbreekt: " + file.toAbsolutePath()
                    + " (stemwerk.shared=" + root + ")");
        }
        return file;
    }
}
