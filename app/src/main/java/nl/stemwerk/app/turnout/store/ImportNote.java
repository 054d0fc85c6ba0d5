package nl.stemwerk.app.turnout.store;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.problem.ReadNoteCode;

/**
 * Something an import noticed and accepted, which the user should still know.
 *
 * @param code    a {@link ReadNoteCode} of the library's reader, or one of the import's own codes
 * @param message plain Dutch (B1)
 */
public record ImportNote(String code, String message) {
    /** The import left out stations of other municipalities (a voter may only vote in their own municipality). */
    public static final String OTHER_MUNICIPALITIES_LEFT_OUT = "OTHER_MUNICIPALITIES_LEFT_OUT";
    /** Station places could not be checked against the municipality: no boundaries are known yet. */
    public static final String PLACEMENT_NOT_CHECKED = "PLACEMENT_NOT_CHECKED";
    /** The count was of a municipality Stemwerk did not know yet; it was added. */
    public static final String MUNICIPALITY_ADDED = "MUNICIPALITY_ADDED";

    public ImportNote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static ImportNote of(ReadNote note) {
        return new ImportNote(note.code().name(), note.message());
    }

    /** The library's note, when this is one. */
    public Optional<ReadNote> asReadNote() {
        return Arrays.stream(ReadNoteCode.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(c -> new ReadNote(c, message));
    }
}
