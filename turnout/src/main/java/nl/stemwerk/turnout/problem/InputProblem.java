package nl.stemwerk.turnout.problem;

import java.util.Objects;

/**
 * One reason why an input file cannot be used.
 *
 * @param code     stable machine code
 * @param position file, row and column
 * @param message  plain Dutch (B1) explanation that names the value found
 */
public record InputProblem(InputProblemCode code, SourcePosition position, String message) {
    public InputProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** The message with its place in the file, as the app shows it. */
    public String describe() {
        return position.describe() + ": " + message;
    }
}
