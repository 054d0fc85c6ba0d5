package nl.stemwerk.app.turnout.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import nl.stemwerk.app.turnout.web.table.CsvTable;
import nl.stemwerk.app.turnout.web.table.TableView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files to download: a table as CSV, or any text written by a library writer. */
final class Downloads {
    private Downloads() {
    }

    static ResponseEntity<byte[]> csv(TableView table, String fileName) {
        return text(fileName, "text/csv", out -> CsvTable.write(table, out));
    }

    static ResponseEntity<byte[]> text(String fileName, String mediaType, Consumer<StringWriter> write) {
        StringWriter out = new StringWriter();
        write.accept(out);
        return file(fileName, MediaType.parseMediaType(mediaType + ";charset=UTF-8"),
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
                        StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(content);
    }
}
