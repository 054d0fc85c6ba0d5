package nl.stemwerk.app.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents a session adopted, as stored in {@code session_document} (never changed), and the zip that holds
 * them all with a list of their SHA-256 hash codes. The zip is the same bytes every time it is downloaded.
 */
@Repository
public class SessionDocuments {
    /** The name of the list of hash codes inside every zip. */
    public static final String HASH_LIST = "hashcodes.txt";

    private final JdbcClient jdbc;

    SessionDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored document with its hash code. */
    public record Stored(long id, int setNumber, String fileName, String mediaType, String sha256, Instant createdAt) {
        public String groupedHash() {
            return DocumentFile.grouped(sha256);
        }
    }

    /** Stores a new set of documents for the session and returns its number. */
    public int store(long sessionId, List<DocumentFile> files) {
        int set = jdbc.sql("select coalesce(max(set_number), 0) + 1 from session_document where session_id = ?")
                .param(sessionId).query(Integer.class).single();
        for (DocumentFile file : files) {
            jdbc.sql("""
                    insert into session_document (session_id, set_number, file_name, media_type, sha256, content)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(sessionId, set, file.fileName(), file.mediaType(), file.sha256(), file.content()).update();
        }
        return set;
    }

    /** The latest set of documents of the session, without their content. */
    public List<Stored> latest(long sessionId) {
        return jdbc.sql("""
                select id, set_number, file_name, media_type, sha256, created_at from session_document
                where session_id = ? and set_number = (select max(set_number) from session_document where session_id = ?)
                order by id""").params(sessionId, sessionId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getInt("set_number"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Optional<DocumentFile> file(long sessionId, String fileName) {
        return jdbc.sql("""
                select file_name, media_type, content from session_document where session_id = ? and file_name = ?
                order by set_number desc limit 1""").params(sessionId, fileName)
                .query((rs, n) -> new DocumentFile(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content"))).optional();
    }

    /** All documents of the latest set in one zip, with {@value #HASH_LIST}; entries carry the adoption time. */
    public byte[] zip(long sessionId) {
        List<Stored> stored = latest(sessionId);
        List<DocumentFile> files = new ArrayList<>();
        StringBuilder hashes = new StringBuilder("SHA-256 hashcodes van de vastgestelde documenten\n\n");
        for (Stored s : stored) {
            files.add(file(sessionId, s.fileName()).orElseThrow());
            hashes.append(s.fileName()).append('\n').append(s.groupedHash()).append("\n\n");
        }
        long time = stored.isEmpty() ? 0 : stored.getFirst().createdAt().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (DocumentFile file : files) {
                entry(zip, file.fileName(), file.content(), time);
            }
            entry(zip, HASH_LIST, hashes.toString().getBytes(StandardCharsets.UTF_8), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
