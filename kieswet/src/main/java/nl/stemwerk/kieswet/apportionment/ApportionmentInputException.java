package nl.stemwerk.kieswet.apportionment;

import java.util.Objects;

/**
 * The input of a seat allocation cannot be used. Carries a stable {@link ApportionmentError code}, the field it is
 * about and a Dutch message (B1) that names field and value, so the app can show it and the CLI can exit with 2.
 */
public final class ApportionmentInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final ApportionmentError error;
    private final String field;

    public ApportionmentInputException(ApportionmentError error, String field, String dutchMessage) {
        super(dutchMessage);
        this.error = Objects.requireNonNull(error, "error");
        this.field = Objects.requireNonNull(field, "field");
    }

    public ApportionmentError error() {
        return error;
    }

    /** The machine code of {@link #error()}. */
    public String code() {
        return error.code();
    }

    /** The field the problem is about, e.g. {@code lijst 3, kandidaat 2}. */
    public String field() {
        return field;
    }
}
