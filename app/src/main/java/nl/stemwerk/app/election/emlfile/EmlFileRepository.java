package nl.stemwerk.app.election.emlfile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.eml.EmlMessageType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code eml_file}. */
@Repository
class EmlFileRepository {
    private static final String COLUMNS = "id, election_id, message_type, file_name, sha256, size_bytes, source,"
            + " imported_by, imported_at";

    private final JdbcClient jdbc;

    EmlFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long electionId, EmlMessageType type, UploadedFile file, String source, String actor) {
        return jdbc.sql("""
                insert into eml_file (election_id, message_type, file_name, sha256, size_bytes, content, source,
                                      imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(electionId, type.id(), file.fileName(), file.sha256(), file.size(), file.content(), source,
                        actor)
                .query(Long.class).single();
    }

    List<StoredEmlFile> ofElection(long electionId) {
        return jdbc.sql("select " + COLUMNS + " from eml_file where election_id = ? order by id")
                .param(electionId).query((rs, n) -> row(rs)).list();
    }

    Optional<StoredEmlFile> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from eml_file where id = ?").param(id).query((rs, n) -> row(rs))
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from eml_file where id = ?").param(id).query(byte[].class).single();
    }

    private static StoredEmlFile row(ResultSet rs) throws SQLException {
        return new StoredEmlFile(rs.getLong("id"), rs.getLong("election_id"),
                EmlMessageType.fromId(rs.getString("message_type")).orElseThrow(), rs.getString("file_name"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("source"),
                rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant());
    }
}
