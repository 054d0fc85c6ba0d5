package nl.stemwerk.knowledge.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who carries out a checklist task; {@link #label()} is the text used in task lines. */
public enum Role {
    PROJECT_LEAD("projectleider"),
    COORDINATOR("coördinator"),
    TYPIST("invoerder"),
    GSB_CHAIR("voorzitter GSB"),
    GSB_MEMBER("lid GSB"),
    CSB_CHAIR("voorzitter CSB"),
    COUNCIL_CLERK("griffie"),
    MAYOR("burgemeester"),
    COMMUNICATIONS("communicatie"),
    ADMINISTRATOR("beheerder");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Finds the role for a label, ignoring case, extra spaces and accents, so that "Voorzitter gsb" and
     * "coordinator" are understood.
     */
    public static Optional<Role> fromLabel(String text) {
        String wanted = fold(text);
        return Arrays.stream(values()).filter(r -> fold(r.label).equals(wanted)).findFirst();
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
