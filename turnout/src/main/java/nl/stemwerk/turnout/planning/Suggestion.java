package nl.stemwerk.turnout.planning;

/** What the planning suggests for an area. */
public enum Suggestion {
    /** An extra fixed station: enough people live here to fill one. */
    EXTRA_STATION("een extra vast stembureau"),
    /** A mobile station for a few hours: fewer people live here than one station serves on average. */
    MOBILE_STATION("een mobiel stembureau voor een paar uur"),
    /** No shortage found. */
    NO_CHANGE("niets extra nodig");

    private final String dutchName;

    Suggestion(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
