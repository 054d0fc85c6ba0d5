package nl.stemwerk.kieswet.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test data next to the repository, found through the system property {@code stemwerk.shared}. */
public final class SharedData {
    private SharedData() {
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
