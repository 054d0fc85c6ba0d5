package nl.stemwerk.kieswet.apportionment;

/** How a residual seat ("restzetel") was given. */
public enum ResidualSeatMethod {
    /** Highest averages ("grootste gemiddelden"): 19 seats or more, art. P 7. */
    HIGHEST_AVERAGE("P 7", "grootste gemiddelden"),
    /** Largest remainders ("grootste overschotten"): fewer than 19 seats, art. P 8 first and second paragraph. */
    LARGEST_REMAINDER("P 8", "grootste overschotten"),
    /** Highest averages with at most one seat per list: fewer than 19 seats, art. P 8 third paragraph. */
    UNIQUE_HIGHEST_AVERAGE("P 8", "grootste gemiddelden, met hoogstens één zetel per lijst");

    private final String article;
    private final String dutchName;

    ResidualSeatMethod(String article, String dutchName) {
        this.article = article;
        this.dutchName = dutchName;
    }

    /** The article that prescribes the method. */
    public String article() {
        return article;
    }

    public String dutchName() {
        return dutchName;
    }
}
