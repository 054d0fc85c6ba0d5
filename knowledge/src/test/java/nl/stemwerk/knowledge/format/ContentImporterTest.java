package nl.stemwerk.knowledge.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Topic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentImporterTest {

    @Nested
    class SampleContent {

        private final KnowledgeBase knowledgeBase = Samples.knowledgeBase();

        @Test
        void importsEveryFileAsItsType() {
            assertThat(knowledgeBase.articles()).extracting(Article::id).containsExactlyInAnyOrder(
                    "dag-van-kandidaatstelling", "openingstijden-stembureau", "stemmen-toelaten",
                    "toegankelijk-stemlokaal", "uitslagsoftware");
            assertThat(knowledgeBase.faqs()).hasSize(3);
            assertThat(knowledgeBase.newsletters()).singleElement()
                    .satisfies(n -> assertThat(n.topics()).containsExactly(Topic.NOMINATION, Topic.RESULT_SOFTWARE));
            assertThat(knowledgeBase.checklists()).singleElement()
                    .satisfies(c -> assertThat(c.tasks()).hasSize(5));
        }

        @Test
        void readsFrontMatterValuesExactly() {
            ArticleVersion version = knowledgeBase.article("uitslagsoftware").orElseThrow().latest();
            assertThat(version.metadata().law())
                    .containsExactly("Wet programmatuur verkiezingsuitslagen", "Kieswet hoofdstuk P");
            assertThat(version.metadata().elections())
                    .containsExactly(ElectionType.GR, ElectionType.TK, ElectionType.PS, ElectionType.AB,
                            ElectionType.EP);
            assertThat(version.changeNote()).startsWith("Sinds 1 augustus 2025 geldt de Wpv: alleen");
            assertThat(version.body()).startsWith("# Software voor de uitslag\n");
        }

        @Test
        void keepsArticleVersionsOldestFirst() {
            Article article = knowledgeBase.article("openingstijden-stembureau").orElseThrow();
            assertThat(article.versions()).extracting(v -> v.appliesTo().code()).containsExactly("GR2022", "GR2026");
            assertThat(article.latest().appliesTo()).isEqualTo(Edition.parse("GR2026").orElseThrow());
            assertThat(article.previous(article.latest())).contains(article.versions().getFirst());
        }

        @Test
        void findsTheVersionInForceAtAnElectionWithoutItsOwnVersion() {
            Article article = knowledgeBase.article("openingstijden-stembureau").orElseThrow();
            assertThat(article.versionInForceAt(Edition.parse("TK2023").orElseThrow()))
                    .map(v -> v.appliesTo().code()).contains("GR2022");
            assertThat(article.versionInForceAt(Edition.parse("GR2018").orElseThrow())).isEmpty();
        }

        @Test
        void idsAreUniqueOverAllTypes() {
            assertThat(knowledgeBase.contains("stempas-kwijt")).isTrue();
            assertThat(knowledgeBase.contains("bestaat-niet")).isFalse();
        }
    }

    @Test
    void oneBrokenFileMeansNothingIsImportedAndTheFileAndLineAreNamed() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("faq/stempas-kwijt.md", FaqText.VALID);
        files.put("faq/kapot.md", FaqText.with("id: stempas-kwijt", "id: kapot")
                .replace("updated: 2026-02-10", "updated: 10-02-2026"));

        ImportResult result = ContentImporter.readTexts(files);

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("faq/kapot.md");
                    assertThat(problem.line()).isEqualTo(9);
                    assertThat(problem.code()).isEqualTo(ProblemCode.INVALID_DATE);
                    assertThat(problem.message()).contains("10-02-2026");
                }));
        assertThatThrownBy(result::orThrow).isInstanceOf(ContentImportException.class)
                .hasMessageContaining("faq/kapot.md, regel 9 [INVALID_DATE]");
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnce() {
        Map<String, String> files = Map.of(
                "faq/stempas-kwijt.md", FaqText.with("topic: Stemmen en volmachten", "topic: Stemmen")
                        .replace("elections: GR ; TK", "elections: GR, TK"),
                "faq/ander.md", FaqText.with("id: stempas-kwijt", "id: ander").replace("title: Stempas kwijt?",
                        "titel: Stempas kwijt?"));

        ImportResult result = ContentImporter.readTexts(files);

        assertThat(((ImportResult.Rejected) result).problems()).extracting(ContentProblem::code)
                .containsExactlyInAnyOrder(ProblemCode.UNKNOWN_KEY, ProblemCode.MISSING_KEY,
                        ProblemCode.INVALID_TOPIC, ProblemCode.INVALID_ELECTION);
    }

    static Stream<Arguments> brokenFiles() {
        String faq = "faq/stempas-kwijt.md";
        return Stream.of(
                Arguments.of(faq, "geen kopblok\n", ProblemCode.NO_FRONT_MATTER, 1),
                Arguments.of(faq, "---\nid: x\n", ProblemCode.FRONT_MATTER_NOT_CLOSED, 1),
                Arguments.of(faq, FaqText.with("title: Stempas kwijt?", "Stempas kwijt?"), ProblemCode.NOT_A_KEY_VALUE, 4),
                Arguments.of(faq, FaqText.with("title: Stempas kwijt?", "title: Stempas kwijt?\nauteur: Piet"),
                        ProblemCode.UNKNOWN_KEY, 5),
                Arguments.of(faq, FaqText.with("updated: 2026-02-10", "updated: 2026-02-10\nnumber: 2026-01"),
                        ProblemCode.KEY_NOT_FOR_TYPE, 10),
                Arguments.of(faq, FaqText.with("id: stempas-kwijt", "id: stempas-kwijt\nid: stempas-kwijt"),
                        ProblemCode.DUPLICATE_KEY, 3),
                Arguments.of(faq, FaqText.with("summary: Vraag een vervangende stempas aan.\n", ""),
                        ProblemCode.MISSING_KEY, 0),
                Arguments.of(faq, FaqText.with("title: Stempas kwijt?", "title:"), ProblemCode.EMPTY_VALUE, 4),
                Arguments.of(faq, FaqText.with("De kiezer vraagt een vervangende stempas aan.\n", "\n"),
                        ProblemCode.EMPTY_BODY, 11),
                Arguments.of("faq/Stempas_Kwijt.md", FaqText.with("id: stempas-kwijt", "id: Stempas_Kwijt"),
                        ProblemCode.INVALID_ID, 2),
                Arguments.of(faq, FaqText.with("type: faq", "type: vraag"), ProblemCode.INVALID_TYPE, 3),
                Arguments.of(faq, FaqText.with("type: faq", "type: newsletter"), ProblemCode.TYPE_NOT_FOLDER, 3),
                Arguments.of(faq, FaqText.with("topic: Stemmen en volmachten", "topic: stemmen en volmachten"),
                        ProblemCode.INVALID_TOPIC, 6),
                Arguments.of(faq, FaqText.with("elections: GR ; TK", "elections: GR ; TK2026"),
                        ProblemCode.INVALID_ELECTION, 7),
                Arguments.of(faq, FaqText.with("elections: GR ; TK", "elections: GR ; GR"),
                        ProblemCode.DUPLICATE_VALUE, 7),
                Arguments.of(faq, FaqText.with("updated: 2026-02-10", "updated: 2026-02-30"),
                        ProblemCode.INVALID_DATE, 9),
                Arguments.of("faq/ander-id.md", FaqText.VALID, ProblemCode.ID_NOT_FILE_NAME, 2),
                Arguments.of("vragen/stempas-kwijt.md", FaqText.VALID, ProblemCode.UNEXPECTED_LOCATION, 0),
                Arguments.of("stempas-kwijt.md", FaqText.VALID, ProblemCode.UNEXPECTED_LOCATION, 0));
    }

    @ParameterizedTest(name = "{2} on line {3}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsReportedWithItsCodeAndLine(String path, String text, ProblemCode code, int line) {
        ImportResult result = ContentImporter.readTexts(Map.of(path, text));

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, rejected ->
                assertThat(rejected.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(code);
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.file()).isEqualTo(path);
                }));
    }

    @Nested
    class Articles {

        private static String article(String id, String version, String elections, String law, String note) {
            return """
                    ---
                    id: %s
                    type: article
                    title: Titel
                    summary: Samenvatting.
                    topic: Telling
                    elections: %s
                    law: %s
                    applies_to: %s
                    updated: 2026-01-01
                    change_note: %s
                    ---
                    Tekst.
                    """.formatted(id, elections, law, version, note).replace(": \n", ":\n");
        }

        @Test
        void aLaterVersionWithoutChangeNoteIsReported() {
            ImportResult result = ContentImporter.readTexts(Map.of(
                    "articles/telling/GR2022.md", article("telling", "GR2022", "GR", "Kieswet art. N 1", ""),
                    "articles/telling/GR2026.md", article("telling", "GR2026", "GR", "Kieswet art. N 1", "")));

            assertThat(((ImportResult.Rejected) result).problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(ProblemCode.MISSING_CHANGE_NOTE);
                assertThat(problem.file()).isEqualTo("articles/telling/GR2026.md");
                assertThat(problem.line()).isEqualTo(11);
                assertThat(problem.message()).contains("GR2022");
            });
        }

        @Test
        void theVersionMustMatchTheFileNameAndItsElections() {
            assertThat(codes(Map.of(
                    "articles/telling/GR2026.md", article("telling", "TK2025", "GR", "Kieswet art. N 1", ""))))
                    .containsExactlyInAnyOrder(ProblemCode.VERSION_NOT_FILE_NAME, ProblemCode.EDITION_NOT_IN_ELECTIONS);
        }

        @Test
        void anArticleCitesAtLeastOneLawArticle() {
            assertThat(codes(Map.of(
                    "articles/telling/GR2026.md", article("telling", "GR2026", "GR", "", ""))))
                    .containsExactly(ProblemCode.MISSING_LAW);
        }

        @Test
        void aVersionCodeWithoutYearIsReported() {
            assertThat(codes(Map.of(
                    "articles/telling/GR.md", article("telling", "GR", "GR", "Kieswet art. N 1", ""))))
                    .containsExactly(ProblemCode.INVALID_EDITION);
        }
    }

    private static List<ProblemCode> codes(Map<String, String> files) {
        return ((ImportResult.Rejected) ContentImporter.readTexts(files)).problems().stream()
                .map(ContentProblem::code).toList();
    }

    @Test
    void anIdUsedByTwoTypesIsReported() {
        String newsletter = """
                ---
                id: stempas-kwijt
                type: newsletter
                title: Nieuwsbrief
                summary: Kort nieuws.
                topic: Organisatie en planning
                elections: GR
                law:
                number: 2026-01
                date: 2026-01-15
                topics: Telling
                ---
                Nieuws.
                """;
        ImportResult result = ContentImporter.readTexts(Map.of(
                "faq/stempas-kwijt.md", FaqText.VALID,
                "newsletters/stempas-kwijt.md", newsletter));

        assertThat(((ImportResult.Rejected) result).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_ID);
            assertThat(problem.file()).isEqualTo("newsletters/stempas-kwijt.md");
            assertThat(problem.message()).contains("faq/stempas-kwijt.md");
        });
    }

    @Test
    void filesThatAreNotMarkdownArePassedOver() {
        ImportResult result = ContentImporter.readTexts(Map.of(
                "faq/stempas-kwijt.md", FaqText.VALID,
                "relevance/queries.tsv", "query\texpected_id\tnote\n"));

        assertThat(result.orThrow().faqs()).hasSize(1);
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreAccepted() {
        String windows = "\uFEFF" + FaqText.VALID.replace("\n", "\r\n");

        KnowledgeBase knowledgeBase = ContentImporter.readTexts(Map.of("faq/stempas-kwijt.md", windows)).orThrow();

        assertThat(knowledgeBase.faqs().getFirst().body()).isEqualTo("De kiezer vraagt een vervangende stempas aan.\n");
    }

    @Test
    void readersAreReadAndClosed() {
        ClosingReader reader = new ClosingReader(FaqText.VALID);

        ImportResult result = ContentImporter.read(List.of(new ContentSource("faq/stempas-kwijt.md", reader)));

        assertThat(result.orThrow().faq("stempas-kwijt")).isPresent();
        assertThat(reader.closed).isTrue();
    }

    @Test
    void aFolderWithAFileThatIsNotUtf8IsRejected(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("faq"));
        Files.writeString(root.resolve("faq/stempas-kwijt.md"), FaqText.VALID);
        Files.write(root.resolve("faq/latin.md"), "---\ntitle: co\u00f6rdinator\n---\n".getBytes(
                StandardCharsets.ISO_8859_1));

        ImportResult result = ContentDirectory.read(root);

        assertThat(((ImportResult.Rejected) result).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.NOT_UTF8);
            assertThat(problem.file()).isEqualTo("faq/latin.md");
        });
    }

    @Test
    void typesKnowTheirFolders() {
        assertThat(Stream.of(ContentType.values()).map(ContentType::folder))
                .containsExactly("articles", "faq", "newsletters", "checklists");
    }

    private static final class ClosingReader extends Reader {
        private final StringReader delegate;
        private boolean closed;

        ClosingReader(String text) {
            delegate = new StringReader(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return delegate.read(buffer, offset, length);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
