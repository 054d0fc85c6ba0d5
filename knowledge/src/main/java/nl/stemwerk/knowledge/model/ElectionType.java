package nl.stemwerk.knowledge.model;

import java.util.Arrays;
import java.util.Optional;

/** The election types content can apply to, by their usual Dutch abbreviation. */
public enum ElectionType {
    /** Gemeenteraad (municipal council). */
    GR("Gemeenteraad"),
    /** Tweede Kamer (House of Representatives). */
    TK("Tweede Kamer"),
    /** Provinciale Staten (provincial council). */
    PS("Provinciale Staten"),
    /** Algemeen bestuur van een waterschap (water board). */
    AB("Waterschap"),
    /** Europees Parlement (European Parliament). */
    EP("Europees Parlement"),
    /** Eerste Kamer (Senate). */
    EK("Eerste Kamer");

    private final String label;

    ElectionType(String label) {
        this.label = label;
    }

    /** The Dutch name officials see, e.g. "Gemeenteraad". */
    public String label() {
        return label;
    }

    public static Optional<ElectionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
