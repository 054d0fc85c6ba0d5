package nl.stemwerk.kieswet.totalling;

import java.util.Objects;

/** Results that cannot be totalled or corrected, with a code and a Dutch message (B1) naming the station or list. */
public final class TotallingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final TotallingError error;

    public TotallingException(TotallingError error, String dutchMessage) {
        super(dutchMessage);
        this.error = Objects.requireNonNull(error, "error");
    }

    public TotallingError error() {
        return error;
    }

    public String code() {
        return error.name();
    }
}
