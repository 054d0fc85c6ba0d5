package nl.stemwerk.turnout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data in {@code ../shared/data}, found through the system property {@code stemwerk.shared}
 * (set by the root pom for tests). JMH benchmarks run in forked JVMs without it; they fall back to
 * {@code ../shared} from the working directory, the worktree root.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String relative) {
        String shared = System.getProperty("stemwerk.shared");
        Path root = shared == null || shared.isBlank() ? Path.of("..", "shared") : Path.of(shared);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Shared test data not found at " + root.toAbsolutePath() + ": set the "
                    + "system property 'stemwerk.shared' (the root pom sets it to <repo>/../shared) or run from the "
                    + "worktree root.");
        }
        Path file = root.resolve("data").resolve(relative);
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
