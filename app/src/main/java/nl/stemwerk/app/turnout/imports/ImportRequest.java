package nl.stemwerk.app.turnout.imports;

import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;

/**
 * A file to import.
 *
 * @param kind             what the file holds
 * @param municipalityCode the municipality it is for ("GM0402"); a count names its own municipality, a national CBS
 *                         table belongs to none
 * @param fileName         the file's name, used in every message
 * @param content          the bytes as uploaded
 * @param repairShapes     repair invalid polygons and report them, instead of refusing the file (for simplified
 *                         boundary files only)
 */
public record ImportRequest(TurnoutFileKind kind, Optional<String> municipalityCode, String fileName, byte[] content,
                            boolean repairShapes) {
    public ImportRequest {
        Objects.requireNonNull(kind, "kind");
        municipalityCode = municipalityCode.map(String::strip).filter(code -> !code.isEmpty());
        fileName = fileName == null || fileName.isBlank() ? "bestand" : fileName.strip();
        Objects.requireNonNull(content, "content");
    }
}
