package nl.stemwerk.budgeting.pabulib;

/**
 * Stable codes for what the .pb reader finds. An {@link Severity#ERROR} stops the reading; a
 * {@link Severity#WARNING} is reported with the file.
 */
public enum PbProblemCode {
    INVALID_ENCODING(Severity.ERROR),
    EMPTY_FILE(Severity.ERROR),
    TEXT_OUTSIDE_SECTION(Severity.ERROR),
    MISSING_SECTION(Severity.ERROR),
    SECTION_OUT_OF_ORDER(Severity.ERROR),
    MISSING_HEADER(Severity.ERROR),
    UNTERMINATED_QUOTE(Severity.ERROR),
    TEXT_AFTER_QUOTE(Severity.ERROR),
    WRONG_FIELD_COUNT(Severity.ERROR),
    META_HEADER(Severity.ERROR),
    DUPLICATE_META_KEY(Severity.ERROR),
    MISSING_META_KEY(Severity.ERROR),
    MISSING_RECOMMENDED_META_KEY(Severity.WARNING),
    INVALID_NUMBER(Severity.ERROR),
    INVALID_AMOUNT(Severity.ERROR),
    NEGATIVE_AMOUNT(Severity.ERROR),
    AMOUNT_TOO_LARGE(Severity.ERROR),
    TOO_MANY_DECIMALS(Severity.ERROR),
    UNKNOWN_VOTE_TYPE(Severity.ERROR),
    INVALID_LIMITS(Severity.ERROR),
    INVALID_CAPS(Severity.ERROR),
    MISSING_COLUMN(Severity.ERROR),
    DUPLICATE_COLUMN(Severity.ERROR),
    EMPTY_ID(Severity.ERROR),
    DUPLICATE_PROJECT(Severity.ERROR),
    ZERO_COST(Severity.WARNING),
    DUPLICATE_VOTER(Severity.ERROR),
    UNKNOWN_PROJECT(Severity.ERROR),
    DUPLICATE_PROJECT_IN_VOTE(Severity.ERROR),
    TOO_FEW_PROJECTS(Severity.ERROR),
    TOO_MANY_PROJECTS(Severity.ERROR),
    INVALID_POINTS(Severity.ERROR),
    POINTS_COUNT_MISMATCH(Severity.ERROR),
    POINTS_OUT_OF_RANGE(Severity.ERROR),
    POINTS_TOTAL_OUT_OF_RANGE(Severity.ERROR),
    BALLOT_COST_OUT_OF_RANGE(Severity.WARNING),
    PROJECT_COUNT_MISMATCH(Severity.ERROR),
    VOTE_COUNT_MISMATCH(Severity.ERROR),
    PROJECT_VOTES_MISMATCH(Severity.ERROR),
    PROJECT_SCORE_MISMATCH(Severity.ERROR);

    /** Whether a problem stops the reading. */
    public enum Severity {
        ERROR, WARNING
    }

    private final Severity severity;

    PbProblemCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
