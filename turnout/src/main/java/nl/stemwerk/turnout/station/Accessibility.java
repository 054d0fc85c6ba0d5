package nl.stemwerk.turnout.station;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The accessibility answers of one station location; a feature without answer was left empty.
 *
 * @param answers the normalised answer per feature ("ja", "nee", "buiten en binnen", …)
 * @param extra   "Extra toegankelijkheidsinformatie", free text
 */
public record Accessibility(Map<AccessibilityFeature, String> answers, String extra) {
    public Accessibility {
        answers = answers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(answers));
        extra = extra == null ? "" : extra.strip();
    }

    public static Accessibility unknown() {
        return new Accessibility(Map.of(), "");
    }

    public Optional<String> answer(AccessibilityFeature feature) {
        return Optional.ofNullable(answers.get(feature));
    }
}
