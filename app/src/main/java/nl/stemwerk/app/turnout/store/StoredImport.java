package nl.stemwerk.app.turnout.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;

/**
 * One imported file.
 *
 * @param id             import id
 * @param municipalityId the municipality it belongs to; empty for a national CBS table
 * @param kind           what it held
 * @param fileName       the file's name as uploaded
 * @param format         the format it was read as ("osv4-3 CSV", "GeoJSON", …)
 * @param sha256         hash of the bytes, so that the same file can be recognised later
 * @param importedBy     user name, or "systeem"
 * @param importedAt     when
 * @param notes          what the reader and the import noticed and accepted
 */
public record StoredImport(long id, Optional<Long> municipalityId, TurnoutFileKind kind, String fileName, String format,
                           String sha256, String importedBy, OffsetDateTime importedAt, List<ImportNote> notes) {
    public StoredImport {
        notes = List.copyOf(notes);
    }
}
