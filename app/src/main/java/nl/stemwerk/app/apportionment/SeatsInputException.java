package nl.stemwerk.app.apportionment;

import java.util.Objects;

/**
 * The input of {@code stemwerk seats} cannot be read: a stable machine code, the field (as a path such as
 * {@code lists[2].candidates[0].votes}) and a Dutch message that names field and value.
 */
public final class SeatsInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String field;

    public SeatsInputException(String code, String field, String dutchMessage) {
        super(dutchMessage);
        this.code = Objects.requireNonNull(code, "code");
        this.field = Objects.requireNonNull(field, "field");
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
