package nl.stemwerk.turnout.figures;

/** Where the number of eligible voters of a municipality came from. */
public enum EligibleVotersSource {
    /** The called voters ("opgeroepen") total of the count file: the official electorate. */
    COUNT_FILE,
    /** A CBS estimate, rounded; used only when the count file has no total. */
    CBS_ESTIMATE
}
