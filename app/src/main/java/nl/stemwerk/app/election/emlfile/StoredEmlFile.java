package nl.stemwerk.app.election.emlfile;

import java.time.Instant;
import java.util.List;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.hash.EmlHash;

/**
 * An EML file as Stemwerk keeps it (table {@code eml_file}), without its bytes.
 *
 * @param id          row id
 * @param electionId  the election it belongs to
 * @param type        which EML_NL message
 * @param fileName    the name the file had
 * @param sha256      64 lowercase hex digits
 * @param sizeBytes   size in bytes
 * @param source      "upload", or the demo data set it was copied from
 * @param importedBy  who imported it ("systeem" for the demo)
 * @param importedAt  when
 */
public record StoredEmlFile(long id, long electionId, EmlMessageType type, String fileName, String sha256,
                            long sizeBytes, String source, String importedBy, Instant importedAt) {

    /** The hash as users know it: 16 groups of four hex digits. */
    public List<String> hashGroups() {
        return EmlHash.parse(sha256).orElseThrow().groups();
    }
}
