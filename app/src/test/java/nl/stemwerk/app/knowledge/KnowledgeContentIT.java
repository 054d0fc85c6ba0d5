package nl.stemwerk.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.stemwerk.app.knowledge.content.ContentEditor;
import nl.stemwerk.app.knowledge.content.ContentRejected;
import nl.stemwerk.app.knowledge.content.ContentTransfer;
import nl.stemwerk.app.knowledge.content.FileProblem;
import nl.stemwerk.app.knowledge.content.KnowledgeContent;
import nl.stemwerk.app.knowledge.content.SeedContent;
import nl.stemwerk.app.knowledge.content.StoredFile;
import nl.stemwerk.app.knowledge.search.KnowledgeSearch;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.knowledge.relevance.RelevanceReport;
import nl.stemwerk.knowledge.search.DocumentKind;
import nl.stemwerk.knowledge.search.SearchRequest;
import nl.stemwerk.knowledge.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Content in the database: seeded at start, saved as versions with who and when, audited, searchable at once. */
@StemwerkSpringTest
class KnowledgeContentIT {
    private static final String FAQ = "faq/faq-stempas-niet-ontvangen.md";

    @Autowired
    KnowledgeContent content;
    @Autowired
    ContentEditor editor;
    @Autowired
    ContentTransfer transfer;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    SeedContent seed;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedContentOfTheLibraryIsInTheDatabaseAfterStartUp() {
        Map<String, String> shipped = seed.files();
        assertThat(shipped).hasSizeGreaterThan(70).containsKey("articles/stempas/GR2026.md");
        assertThat(content.snapshot().knowledgeBase().article("stempas")).isPresent();
        assertThat(content.snapshot().problems()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'kennisbank.inhoud-geladen'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSaveIsANewRevisionThatIsAuditedAndFoundBySearchAtOnce() {
        StoredFile before = content.snapshot().file(FAQ).orElseThrow();
        String word = "zeldzaamwoordxq";
        editor.save(FAQ, before.text().stripTrailing() + "\n\nZie ook " + word + ".\n", before.revision());

        StoredFile after = content.snapshot().file(FAQ).orElseThrow();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(after.savedBy()).isEqualTo("systeem");
        assertThat(content.history("faq/faq-stempas-niet-ontvangen")).extracting(StoredFile::revision)
                .contains(before.revision(), after.revision());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'kennisbank.bestand-opgeslagen'"
                + " and subject = ?").param("kennisbank:" + FAQ).query(Long.class).single()).isPositive();
        SearchResult found = search.search(SearchRequest.of(word));
        assertThat(found.hits()).extracting(hit -> hit.kind() + ":" + hit.id())
                .contains(DocumentKind.FAQ + ":faq-stempas-niet-ontvangen");

        assertThatThrownBy(() -> editor.save(FAQ, before.text(), before.revision()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anInvalidSaveIsRefusedWithFileAndLineAndStoresNothing() {
        StoredFile before = content.snapshot().file(FAQ).orElseThrow();
        String broken = before.text().replaceFirst("type: faq", "type: onbekend");

        assertThatThrownBy(() -> editor.save(FAQ, broken, before.revision())).isInstanceOfSatisfying(
                ContentRejected.class, e -> assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.file()).isEqualTo(FAQ)));
        assertThat(content.snapshot().file(FAQ).orElseThrow().revision()).isEqualTo(before.revision());
    }

    @Test
    void anExportCanBeImportedAgainWithoutChangingAnything() throws IOException {
        byte[] zip = transfer.export();
        assertThat(names(zip)).contains("articles/stempas/GR2026.md", "relevance/queries.tsv");

        ContentTransfer.Imported imported = transfer.importZip(new ByteArrayInputStream(zip));
        assertThat(imported.added()).isEmpty();
        assertThat(imported.changed()).isEmpty();
    }

    @Test
    void aBrokenImportReportsFileAndLineAndStoresNothing() throws IOException {
        long revisions = jdbc.sql("select count(*) from knowledge_file").query(Long.class).single();
        String validFaq = content.snapshot().file(FAQ).orElseThrow().text()
                .replace("id: faq-stempas-niet-ontvangen", "id: faq-nieuw-in-import");
        byte[] zip = zip(Map.of("faq/faq-nieuw-in-import.md", validFaq,
                "articles/kapot/GR2026.md", "---\nid: kapot\ntype: article\ntitle: Kapot\nsummary: x\n"
                        + "topic: Bestaat niet\nelections: GR\nlaw:\napplies_to: GR2026\nupdated: 2026-13-45\n---\n# Kop\n"));

        assertThatThrownBy(() -> transfer.importZip(new ByteArrayInputStream(zip))).isInstanceOfSatisfying(
                ContentRejected.class, e -> assertThat(e.problems()).extracting(FileProblem::describe)
                        .anySatisfy(text -> assertThat(text).startsWith("articles/kapot/GR2026.md, regel 6: "))
                        .anySatisfy(text -> assertThat(text).startsWith("articles/kapot/GR2026.md, regel 10: "))
                        .noneSatisfy(text -> assertThat(text).startsWith("faq/")));
        assertThat(jdbc.sql("select count(*) from knowledge_file").query(Long.class).single()).isEqualTo(revisions);
        assertThat(content.snapshot().file("faq/faq-nieuw-in-import.md")).isEmpty();
    }

    @Test
    void aZipWithAPathOutsideTheContentIsRefused() throws IOException {
        byte[] zip = zip(Map.of("../etc/passwd", "x"));
        assertThatThrownBy(() -> transfer.importZip(new ByteArrayInputStream(zip)))
                .isInstanceOf(ContentRejected.class);
    }

    @Test
    void theEditorExtendsTheRelevanceSetAndTheHarnessRunsOverTheCurrentContent() {
        RelevanceReport before = search.evaluateRelevance();
        assertThat(before.hitAt3()).as("hit@3 of the seed relevance set over the database content")
                .isGreaterThanOrEqualTo(0.9);
        transfer.addRelevanceQuery("wat als de stempas niet is aangekomen", "faq-stempas-niet-ontvangen", "test");

        RelevanceReport after = search.evaluateRelevance();
        assertThat(after.outcomes()).hasSize(before.outcomes().size() + 1);
        assertThat(after.hitAt3()).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> transfer.addRelevanceQuery("iets", "bestaat-niet", ""))
                .isInstanceOf(ContentRejected.class);
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static java.util.List<String> names(byte[] zip) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
