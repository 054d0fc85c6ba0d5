package nl.stemwerk.budgeting.preferendum;

import java.util.Objects;

/** A preferendum or ballot that cannot be counted, with a stable code and a Dutch message (B1). */
public final class PreferendumException extends RuntimeException {

    /** What is wrong. */
    public enum Code {
        INVALID_QUESTION, WRONG_BALLOT_KIND, UNKNOWN_OPTION, DUPLICATE_OPTION, MISSING_SCORE, SCORE_OUT_OF_SCALE,
        DUPLICATE_VOTER
    }

    private final Code code;

    public PreferendumException(Code code, String dutchMessage) {
        super(dutchMessage);
        this.code = Objects.requireNonNull(code, "code");
    }

    public Code code() {
        return code;
    }
}
