package nl.stemwerk.turnout.problem;

/**
 * Stable machine codes for input that cannot be used. The app keys its help texts on these names;
 * never rename one, add a new one instead.
 */
public enum InputProblemCode {
    /** The file is empty or holds no data rows. */
    EMPTY_FILE,
    /** The bytes are not text in an encoding we accept (UTF-8, Windows-1252). */
    UNSUPPORTED_ENCODING,
    /** A required column is missing. */
    MISSING_COLUMN,
    /** A required row (e.g. "toegelaten kiezers" in an OSV4-3 file) is missing. */
    MISSING_ROW,
    /** A column name appears twice, so we cannot tell which one is meant. */
    DUPLICATE_COLUMN,
    /** A required value is empty. */
    MISSING_VALUE,
    /** Text where a whole number was expected. */
    NOT_A_NUMBER,
    /** A count below zero. */
    NEGATIVE_NUMBER,
    /** A value that is not one of the allowed choices (e.g. "Type stembureau"). */
    UNKNOWN_CHOICE,
    /** A CBS area code that is not written as one (GM + 4, WK + 6 or BU + 8 digits). */
    INVALID_AREA_CODE,
    /** A date or time that cannot be read. */
    INVALID_DATE,
    /** An opening window that closes before it opens. */
    INVALID_OPENING_WINDOW,
    /** The station columns do not add up to the file's own total. */
    TOTAL_MISMATCH,
    /** Two stations with the same number that should be one. */
    DUPLICATE_STATION,
    /** A row of one station contradicts another row of the same station. */
    CONFLICTING_STATION_ROWS,
    /** Coordinates that are not numbers in the allowed range. */
    INVALID_COORDINATE,
    /** A station lies outside its municipality. */
    STATION_OUTSIDE_MUNICIPALITY,
    /** A polygon that is not valid (self-intersecting, open ring, too few points). */
    INVALID_POLYGON,
    /** Not valid JSON, or JSON of another shape than expected. */
    INVALID_JSON,
    /** A spreadsheet that cannot be opened or holds no table we know. */
    INVALID_SPREADSHEET,
    /** The file could not be read at all. */
    UNREADABLE
}
