package nl.stemwerk.turnout.problem;

import java.util.Objects;

/**
 * Something a reader noticed and accepted, which the user should still know about
 * (for example that a file was read as Windows-1252).
 *
 * @param code    stable machine code
 * @param message plain Dutch (B1) explanation
 */
public record ReadNote(ReadNoteCode code, String message) {
    public ReadNote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
