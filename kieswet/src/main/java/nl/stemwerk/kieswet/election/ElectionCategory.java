package nl.stemwerk.kieswet.election;

import java.util.Arrays;

/** The kind of body being elected, with the code EML_NL uses ({@code ElectionCategory}). */
public enum ElectionCategory {
    /** Gemeenteraad. */
    MUNICIPAL_COUNCIL("GR"),
    /** Provinciale Staten. */
    PROVINCIAL_COUNCIL("PS"),
    /** Algemeen bestuur van een waterschap. */
    WATER_BOARD("AB"),
    /** Tweede Kamer. */
    HOUSE_OF_REPRESENTATIVES("TK"),
    /** Eerste Kamer. */
    SENATE("EK"),
    /** Europees Parlement. */
    EUROPEAN_PARLIAMENT("EP"),
    /** Eilandsraad (Bonaire, Sint Eustatius, Saba). */
    ISLAND_COUNCIL("ER"),
    /** Kiescollege (electoral college). */
    ELECTORAL_COLLEGE("EC");

    private final String emlCode;

    ElectionCategory(String emlCode) {
        this.emlCode = emlCode;
    }

    public String emlCode() {
        return emlCode;
    }

    public static ElectionCategory fromEmlCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.emlCode.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende verkiezingssoort: " + code));
    }
}
