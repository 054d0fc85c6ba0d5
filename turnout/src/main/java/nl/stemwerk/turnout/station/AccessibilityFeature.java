package nl.stemwerk.turnout.station;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The accessibility attributes of the Stembureaus Open Data Standaard 1.7, which follow the VNG
 * "Checklist toegankelijkheidscriteria stemlokalen". Each has its column name and the answers it allows.
 */
public enum AccessibilityFeature {
    PHYSICAL_ACCESS("Toegankelijk voor mensen met een lichamelijke beperking", yesNo()),
    ACCESSIBLE_TRANSIT_STOP("Toegankelijke ov-halte", yesNo()),
    TOILET("Toilet", List.of("ja", "ja, genderneutraal toilet", "ja, toegankelijk toilet", "genderneutraal toilet",
            "toegankelijk toilet", "nee")),
    HOST("Host", yesNo()),
    GUIDANCE_LINES("Geleidelijnen", List.of("buiten en binnen", "buiten", "binnen", "nee")),
    AUDIO_VOTING_BOOTH("Stemmal met audio-ondersteuning", yesNo()),
    BRAILLE_CANDIDATE_LIST("Kandidatenlijst in braille", yesNo()),
    LARGE_PRINT_CANDIDATE_LIST("Kandidatenlijst met grote letters", yesNo()),
    SIGN_LANGUAGE_INTERPRETER("Gebarentolk (NGT)", List.of("op locatie", "op afstand", "nee")),
    SIGNING_STAFF_MEMBER("Gebarentalig stembureaulid (NGT)", yesNo()),
    ACOUSTICS_FOR_HEARING_IMPAIRED("Akoestiek geschikt voor slechthorenden", yesNo()),
    LOW_STIMULUS("Prikkelarm", yesNo()),
    PROKKELDUO("Prokkelduo", yesNo());

    private final String column;
    private final List<String> answers;

    AccessibilityFeature(String column, List<String> answers) {
        this.column = column;
        this.answers = answers;
    }

    private static List<String> yesNo() {
        return List.of("ja", "nee");
    }

    /** The column name in the standard. */
    public String column() {
        return column;
    }

    public List<String> answers() {
        return answers;
    }

    /**
     * The answer as the standard writes it, or empty when it is not allowed. Like WaarIsMijnStemlokaal we
     * accept "j", "y", "n" and any capitals for ja/nee.
     */
    public Optional<String> normalise(String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (answers.equals(yesNo())) {
            if (value.matches("[yj]a?|yes")) {
                return Optional.of("ja");
            } else if (value.matches("ne?e?|no")) {
                return Optional.of("nee");
            }
        }
        return answers.contains(value) ? Optional.of(value) : Optional.empty();
    }
}
