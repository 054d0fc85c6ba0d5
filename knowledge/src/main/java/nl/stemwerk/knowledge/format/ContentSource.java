package nl.stemwerk.knowledge.format;

import java.io.Reader;
import java.util.Objects;

/**
 * One content file handed to the importer: its path below the content root (with {@code /} between folders,
 * e.g. {@code articles/stempas/GR2026.md}) and a reader over its text. The importer reads and closes it.
 */
public record ContentSource(String path, Reader reader) {

    public ContentSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reader, "reader");
        path = path.replace('\\', '/');
    }
}
