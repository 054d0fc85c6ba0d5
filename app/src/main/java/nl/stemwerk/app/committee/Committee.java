package nl.stemwerk.app.committee;

/** The electoral committee that holds a session. */
public enum Committee {
    /** Gemeentelijk stembureau: totals the polling stations' results of the municipality. */
    GSB("gemeentelijk stembureau"),
    /** Centraal stembureau: for a council election the municipality itself; determines the result. */
    CSB("centraal stembureau");

    private final String dutchName;

    Committee(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
