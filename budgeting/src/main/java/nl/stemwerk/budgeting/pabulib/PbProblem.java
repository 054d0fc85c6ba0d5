package nl.stemwerk.budgeting.pabulib;

import java.util.Objects;

/**
 * Something the .pb reader found.
 *
 * @param code    stable machine code
 * @param line    1-based line in the file, 0 when it concerns the whole file
 * @param message Dutch text (B1) that names the field and the value
 */
public record PbProblem(PbProblemCode code, int line, String message) {

    public PbProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return code.severity() == PbProblemCode.Severity.ERROR;
    }

    /** "Regel 12: …", for the official. */
    public String dutchText() {
        return line > 0 ? "Regel " + line + ": " + message : message;
    }
}
