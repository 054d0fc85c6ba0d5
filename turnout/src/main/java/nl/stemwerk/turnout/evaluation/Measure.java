package nl.stemwerk.turnout.evaluation;

/** Which share of an area two elections are compared on. */
public enum Measure {
    /** Votes cast / called voters; only where the count has real districts. */
    TURNOUT("opkomst", "stemden"),
    /** Admitted voters at the area's stations / all admitted voters of the municipality. */
    SHARE_OF_MUNICIPAL_VOTERS("aandeel van de kiezers van de gemeente", "stemden in dit gebied"),
    /** Early voters / all admitted voters in the area. */
    EARLY_VOTING_SHARE("aandeel vervroegd stemmen", "stemden vervroegd"),
    /** Proxy certificates / admitted voters in the area. */
    PROXY_SHARE("aandeel volmachten", "stemden met een volmacht");

    private final String dutchName;
    private final String dutchVerb;

    Measure(String dutchName, String dutchVerb) {
        this.dutchName = dutchName;
        this.dutchVerb = dutchVerb;
    }

    public String dutchName() {
        return dutchName;
    }

    /** What the counted part did, for sentences: "… kiezers stemden vervroegd". */
    public String dutchVerb() {
        return dutchVerb;
    }
}
