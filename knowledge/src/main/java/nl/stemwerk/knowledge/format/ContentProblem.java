package nl.stemwerk.knowledge.format;

import java.util.Objects;

/**
 * One thing wrong in one content file.
 *
 * @param file    the path below the content root, e.g. {@code faq/stempas-kwijt.md}
 * @param line    the line it is about (1-based), or 0 when it is about the whole file
 * @param code    the stable machine code
 * @param message the Dutch message for the editor
 */
public record ContentProblem(String file, int line, ProblemCode code, String message) {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** For logs and the editor screen: {@code faq/x.md, regel 3 [UNKNOWN_KEY]: …}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ", regel " + line : "") + " [" + code + "]: " + message;
    }
}
