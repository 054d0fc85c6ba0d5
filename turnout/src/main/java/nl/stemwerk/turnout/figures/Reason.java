package nl.stemwerk.turnout.figures;

import java.util.Objects;

/**
 * Why a figure is missing, or what a reader must keep in mind about it.
 *
 * @param code    stable machine code
 * @param message plain Dutch (B1)
 */
public record Reason(ReasonCode code, String message) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
