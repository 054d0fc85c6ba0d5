package nl.stemwerk.turnout.planning;

import java.util.Objects;
import nl.stemwerk.turnout.station.AccessibilityFeature;

/**
 * One question of the accessibility checklist.
 *
 * @param feature     the open-data attribute it comes from
 * @param question    the question in plain Dutch
 * @param status      met, partly met, not met or not filled in
 * @param explanation plain Dutch: what the answer means for voters
 */
public record ChecklistItem(AccessibilityFeature feature, String question, ChecklistStatus status,
                            String explanation) {
    public ChecklistItem {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
    }
}
