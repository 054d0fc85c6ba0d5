package nl.stemwerk.sortition;

/**
 * Stable machine codes for everything the sortition library can reject. The app keys its own texts on these;
 * the library's Dutch message ({@link Problem#message()}) already names the file, row, column or value.
 */
public enum ProblemCode {
    /** The file is empty or has no header row. */
    CSV_EMPTY,
    /** A required column is missing from the header. */
    CSV_MISSING_COLUMN,
    /** A column name occurs twice in the header. */
    CSV_DUPLICATE_COLUMN,
    /** A row has more or fewer cells than the header. */
    CSV_WRONG_CELL_COUNT,
    /** A quoted cell is not closed before the end of the file. */
    CSV_UNCLOSED_QUOTE,
    /** A number cell does not hold a whole number of 0 or more. */
    CSV_NOT_A_NUMBER,
    /** A required cell is empty. */
    CSV_EMPTY_CELL,
    /** A quota has a minimum above its maximum. */
    QUOTA_MIN_ABOVE_MAX,
    /** The same category and value occur twice in the quotas. */
    QUOTA_DUPLICATE,
    /** The quotas of one category cannot add up to the panel size (sum of minimums above it, or of maximums below it). */
    QUOTA_CATEGORY_SUM,
    /** A volunteer has a value that no quota of that category mentions. */
    VOLUNTEER_UNKNOWN_VALUE,
    /** A volunteer lacks a value for a quota category. */
    VOLUNTEER_MISSING_VALUE,
    /** Two volunteers have the same id. */
    VOLUNTEER_DUPLICATE_ID,
    /** A volunteer has an empty id. */
    VOLUNTEER_EMPTY_ID,
    /** The panel size is below 1 or above what the pool can give. */
    PANEL_SIZE_INVALID,
    /** A member to keep is not in the pool. */
    KEPT_UNKNOWN,
    /** Two members to keep live at the same address while one member per household is asked. */
    KEPT_SAME_HOUSEHOLD,
    /** No panel meets the quotas; the outcome carries the advice which quota to widen. */
    QUOTAS_INFEASIBLE,
    /** The public seed is not a string of decimal digits. */
    SEED_INVALID,
    /** A published lottery file cannot be read or does not match its hash. */
    LOTTERY_FILE_INVALID,
    /** A saved checkpoint belongs to another problem or cannot be read. */
    CHECKPOINT_INVALID,
    /** A withdrawn member is not on the drawn panel. */
    WITHDRAWN_NOT_ON_PANEL,
    /** A status change that the draw protocol does not allow. */
    DRAW_STATUS_TRANSITION,
    /** The solver failed in a way the library cannot explain further. */
    SOLVER_FAILED
}
