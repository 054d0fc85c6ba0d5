package nl.stemwerk.kieswet.dataentry;

import java.util.Objects;

/** The typist ("invoerder") who claimed an entry, as the app identifies its users. */
public record TypistId(String value) {
    public TypistId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("Een invoerder heeft een naam of nummer nodig");
        }
    }
}
