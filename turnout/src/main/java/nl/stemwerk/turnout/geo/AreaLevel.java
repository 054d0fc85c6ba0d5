package nl.stemwerk.turnout.geo;

/** The kind of area figures are grouped by. */
public enum AreaLevel {
    /** Gemeente (GM…). */
    MUNICIPALITY("gemeente"),
    /** CBS wijk (WK…). */
    DISTRICT("wijk"),
    /** CBS buurt (BU…). */
    NEIGHBOURHOOD("buurt"),
    /** The four digits of a postcode ("PC4"). */
    POSTCODE4("postcodegebied");

    private final String dutchName;

    AreaLevel(String dutchName) {
        this.dutchName = dutchName;
    }

    /** The word users see: "wijk", "buurt", … */
    public String dutchName() {
        return dutchName;
    }

    /** The level of a CBS code: GM/G → municipality, WK → district, BU → neighbourhood, 4 digits → PC4. */
    public static AreaLevel ofCode(String code) {
        if (code.startsWith("BU")) {
            return NEIGHBOURHOOD;
        } else if (code.startsWith("WK")) {
            return DISTRICT;
        } else if (code.startsWith("G")) {
            return MUNICIPALITY;
        } else if (code.matches("\\d{4}")) {
            return POSTCODE4;
        }
        throw new IllegalArgumentException("Onbekende soort gebiedscode: '" + code + "'");
    }
}
