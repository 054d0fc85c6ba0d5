package nl.stemwerk.turnout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real public data in {@code ../shared/data}, found through the system property {@code stemwerk.shared}. */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String relative) {
        String shared = System.getProperty("stemwerk.shared");
        if (shared == null || shared.isBlank()) {
            throw new IllegalStateException("System property 'stemwerk.shared' is not set; run the tests through "
                    + "Maven (the root pom sets it to <repo>/../shared).");
        }
        Path file = Path.of(shared, "data", relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Shared test data missing: " + file
                    + " (see ../shared/data/turnout/SOURCES.md)");
        }
        return file;
    }

    public static InputStream open(String relative) {
        try {
            return Files.newInputStream(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
