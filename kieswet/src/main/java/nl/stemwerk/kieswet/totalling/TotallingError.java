package nl.stemwerk.kieswet.totalling;

/** Why results could not be totalled or corrected. The name is the stable machine code. */
public enum TotallingError {
    NO_RESULTS,
    DUPLICATE_POLLING_STATION,
    LISTS_DO_NOT_MATCH
}
