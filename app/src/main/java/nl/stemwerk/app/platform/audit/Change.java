package nl.stemwerk.app.platform.audit;

import java.util.Objects;

/**
 * A change to record: the action (a stable key such as "gebruiker.aangemaakt"), the subject it concerns
 * ("gebruiker:jansen") and the details (any value that serialises to JSON).
 */
public record Change(String action, String subject, Object details) {
    public Change {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        details = details == null ? java.util.Map.of() : details;
    }
}
