package nl.stemwerk.app.exports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import nl.stemwerk.eml.hash.EmlHash;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file Stemwerk hands out: its name, type and bytes, with the SHA-256 that users compare as 16 groups of four.
 *
 * @param fileName  e.g. "Telling_GR2022_WestMaasenWaal.eml.xml"
 * @param mediaType "application/xml" or "text/csv"
 * @param content   the bytes
 */
public record ExportFile(String fileName, String mediaType, byte[] content) {
    public static final String XML = "application/xml";
    public static final String CSV = "text/csv";

    public ExportFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public EmlHash hash() {
        return EmlHash.of(content);
    }

    /** The hash code in 16 groups of four hex digits, as on the paper list. */
    public List<String> hashGroups() {
        return hash().groups();
    }

    /** The file as a download. */
    public ResponseEntity<byte[]> download() {
        MediaType type = MediaType.parseMediaType(mediaType + ";charset=UTF-8");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(type).contentLength(content.length).body(content.clone());
    }
}
