package nl.stemwerk.app.turnout.imports;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;
import nl.stemwerk.app.turnout.store.ImportNote;

/**
 * What an import stored.
 *
 * @param importId     the new import
 * @param kind         what the file held
 * @param municipality the municipality it belongs to; empty for a national CBS table
 * @param fileName     the file's name
 * @param format       the format it was read as
 * @param summary      one Dutch sentence: what was stored
 * @param notes        what the reader and the import noticed and accepted
 */
public record ImportReceipt(long importId, TurnoutFileKind kind, Optional<Municipality> municipality, String fileName,
                            String format, String summary, List<ImportNote> notes) {
    public ImportReceipt {
        notes = List.copyOf(notes);
    }
}
