package nl.stemwerk.app.turnout.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;
import nl.stemwerk.turnout.problem.ReadNote;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code turnout_import} and {@code turnout_import_note}. */
@Repository
public class ImportRows {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ImportRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(Long municipalityId, TurnoutFileKind kind, String fileName, String format, String sha256,
                       String importedBy, List<ImportNote> notes) {
        long id = jdbc.sql("""
                insert into turnout_import (municipality_id, kind, file_name, file_format, sha256, imported_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(municipalityId, kind.name(), fileName, format, sha256, importedBy).query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            rows.add(new Object[] {id, i, notes.get(i).code(), notes.get(i).message()});
        }
        batch.batchUpdate("insert into turnout_import_note (import_id, position, code, message) values (?, ?, ?, ?)",
                rows);
        return id;
    }

    /** Every import of a municipality (and the national tables), newest first. */
    public List<StoredImport> ofMunicipality(long municipalityId) {
        return withNotes(jdbc.sql("""
                select * from turnout_import where municipality_id = ? or municipality_id is null
                order by id desc""").param(municipalityId).query((rs, n) -> row(rs)).list());
    }

    public Optional<StoredImport> find(long id) {
        return jdbc.sql("select * from turnout_import where id = ?").param(id).query((rs, n) -> row(rs)).optional()
                .map(found -> withNotes(List.of(found)).getFirst());
    }

    public long count() {
        return jdbc.sql("select count(*) from turnout_import").query(Long.class).single();
    }

    /** The reader's notes of an import, to rebuild what the library returned. */
    List<ReadNote> readNotes(long importId) {
        return jdbc.sql("select code, message from turnout_import_note where import_id = ? order by position")
                .param(importId).query((rs, n) -> note(rs)).list()
                .stream().flatMap(note -> note.asReadNote().stream()).toList();
    }

    private List<StoredImport> withNotes(List<StoredImport> imports) {
        if (imports.isEmpty()) {
            return imports;
        }
        Map<Long, List<ImportNote>> notes = new HashMap<>();
        jdbc.sql("select import_id, code, message from turnout_import_note where import_id = any(?) order by position")
                .param(imports.stream().map(StoredImport::id).toArray(Long[]::new))
                .query(rs -> {
                    notes.computeIfAbsent(rs.getLong("import_id"), k -> new ArrayList<>()).add(note(rs));
                });
        return imports.stream().map(i -> new StoredImport(i.id(), i.municipalityId(), i.kind(), i.fileName(),
                i.format(), i.sha256(), i.importedBy(), i.importedAt(), notes.getOrDefault(i.id(), List.of()))).toList();
    }

    private static ImportNote note(ResultSet rs) throws SQLException {
        return new ImportNote(rs.getString("code"), rs.getString("message"));
    }

    private static StoredImport row(ResultSet rs) throws SQLException {
        long municipality = rs.getLong("municipality_id");
        return new StoredImport(rs.getLong("id"), rs.wasNull() ? Optional.empty() : Optional.of(municipality),
                TurnoutFileKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("file_format"),
                rs.getString("sha256"), rs.getString("imported_by"), rs.getObject("imported_at", OffsetDateTime.class),
                List.of());
    }
}
