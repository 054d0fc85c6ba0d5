package nl.stemwerk.app.knowledge.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code knowledge_file}: every revision of every content file, append-only. */
@Repository
class ContentFileRepository {
    /** Serialises content writes, so that each is checked against the content as the one before left it. */
    private static final long WRITE_LOCK = 0x4b4e4f574c454447L;

    private final JdbcClient jdbc;

    ContentFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds until the transaction ends. */
    void lockForWriting() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(WRITE_LOCK).query().singleRow();
    }

    /** The newest revision of every path, removed files included, by path. */
    Map<String, StoredFile> latest() {
        Map<String, StoredFile> files = new LinkedHashMap<>();
        jdbc.sql("select distinct on (path) * from knowledge_file order by path, revision desc")
                .query(ContentFileRepository::row).list().forEach(file -> files.put(file.path(), file));
        return files;
    }

    /** Every revision of the paths that start with {@code prefix}, newest first per path. */
    List<StoredFile> history(String prefix) {
        return jdbc.sql("select * from knowledge_file where starts_with(path, ?) order by path, revision desc")
                .param(prefix).query(ContentFileRepository::row).list();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from knowledge_file)").query(Boolean.class).single();
    }

    void insert(String path, int revision, String text, String savedBy) {
        jdbc.sql("insert into knowledge_file (path, revision, content, saved_by) values (?, ?, ?, ?)")
                .params(path, revision, text, savedBy).update();
    }

    private static StoredFile row(ResultSet rs, int n) throws SQLException {
        return new StoredFile(rs.getString("path"), rs.getInt("revision"), rs.getString("content"),
                rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant());
    }
}
