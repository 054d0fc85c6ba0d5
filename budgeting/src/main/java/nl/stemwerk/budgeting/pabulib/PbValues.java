package nl.stemwerk.budgeting.pabulib;

import java.util.Optional;

/** Small rules for values in .pb cells, shared by the reader, the writer and the typed views. */
final class PbValues {

    /** pabulib writes a missing value as {@code None}. */
    static final String MISSING = "None";

    private PbValues() {
    }

    static Optional<String> present(String value) {
        if (value == null || value.isBlank() || value.strip().equals(MISSING)) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }
}
