package nl.stemwerk.knowledge.model;

import java.util.Arrays;
import java.util.Optional;

/** The days a checklist deadline can be counted from, as written in task lines. */
public enum Anchor {
    /** Dag van kandidaatstelling. */
    NOMINATION_DAY("kandidaatstelling"),
    /** Dag van stemming. */
    ELECTION_DAY("verkiezingsdag"),
    /** Day of the public session of the gemeentelijk stembureau. */
    GSB_SESSION("zitting-gsb"),
    /** Day of the public session of the centraal stembureau. */
    CSB_SESSION("zitting-csb");

    private final String key;

    Anchor(String key) {
        this.key = key;
    }

    /** The word used in task lines, e.g. {@code zitting-gsb}. */
    public String key() {
        return key;
    }

    public static Optional<Anchor> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
