package nl.stemwerk.sortition;

import java.util.Objects;

/**
 * One thing wrong with the input, for the user to fix.
 *
 * @param code    stable machine code
 * @param message Dutch text at B1 level that names the file, row, column or value concerned
 */
public record Problem(ProblemCode code, String message) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
