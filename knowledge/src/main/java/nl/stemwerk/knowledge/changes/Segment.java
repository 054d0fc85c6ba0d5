package nl.stemwerk.knowledge.changes;

import java.util.Objects;

/** A run of text in a diff line that was kept, inserted in the newer version, or deleted from the older one. */
public record Segment(Kind kind, String text) {

    public enum Kind { KEPT, INSERTED, DELETED }

    public Segment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
