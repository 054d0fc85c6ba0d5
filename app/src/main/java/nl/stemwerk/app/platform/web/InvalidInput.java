package nl.stemwerk.app.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a user must correct: a Dutch message per field. Pages show the messages next to the fields; the API
 * answers 400 with the same messages. Nothing was stored when this is thrown.
 */
public class InvalidInput extends RuntimeException {
    private final Map<String, String> fieldMessages;

    public InvalidInput(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Map.copyOf(new LinkedHashMap<>(fieldMessages));
    }

    public static InvalidInput of(String field, String dutchMessage) {
        return new InvalidInput(Map.of(field, dutchMessage));
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }

    /** Collects field problems and throws them all at once. */
    public static final class Collector {
        private final Map<String, String> problems = new LinkedHashMap<>();

        public Collector add(String field, String dutchMessage) {
            problems.putIfAbsent(field, dutchMessage);
            return this;
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
