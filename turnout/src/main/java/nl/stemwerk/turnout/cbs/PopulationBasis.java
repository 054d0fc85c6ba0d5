package nl.stemwerk.turnout.cbs;

/** What a population figure counts. */
public enum PopulationBasis {
    /** People entitled to vote in the election. */
    ELIGIBLE_VOTERS("kiesgerechtigden"),
    /** All registered inhabitants, including children and non-eligible residents. */
    INHABITANTS("inwoners");

    private final String dutchName;

    PopulationBasis(String dutchName) {
        this.dutchName = dutchName;
    }

    /** The word users see, plural: "kiesgerechtigden", "inwoners". */
    public String dutchName() {
        return dutchName;
    }
}
