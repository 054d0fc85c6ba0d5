package nl.stemwerk.knowledge.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

class WhatChangedTest {

    private static final Edition GR2018 = Edition.parse("GR2018").orElseThrow();
    private static final Edition GR2022 = Edition.parse("GR2022").orElseThrow();
    private static final Edition TK2025 = Edition.parse("TK2025").orElseThrow();
    private static final Edition GR2026 = Edition.parse("GR2026").orElseThrow();

    private final KnowledgeBase knowledgeBase = Samples.knowledgeBase();

    private Article article(String id) {
        return knowledgeBase.article(id).orElseThrow();
    }

    @Test
    void theResultSoftwareArticleShowsTheWpvAsInsertedAndOsv2020AsDeleted() {
        VersionDiff diff = WhatChanged.diff(article("uitslagsoftware"), GR2022, GR2026).orElseThrow();

        assertThat(diff.from()).contains(GR2022);
        assertThat(diff.to()).isEqualTo(GR2026);
        assertThat(diff.changeNote()).startsWith("Sinds 1 augustus 2025 geldt de Wpv");
        assertThat(diff.hasChanges()).isTrue();
        assertThat(diff.toHtml())
                .contains("<div class=\"diff-line diff-unchanged\"># Software voor de uitslag</div>")
                .contains("<div class=\"diff-line diff-removed\"><del>De gemeente voert de uitslagen van de stembureaus "
                        + "in met OSV2020, de software die de Kiesraad</del></div>")
                .contains("<div class=\"diff-line diff-added\"><ins>Sinds 1 augustus 2025 geldt de Wet programmatuur "
                        + "verkiezingsuitslagen (Wpv). De gemeente mag de</ins></div>");
    }

    @Test
    void aSmallChangeInASentenceIsMarkedWordByWord() {
        List<DiffLine> lines = TextDiff.lines("Intro\nHet stembureau sluit om 21.00 uur.\nSlot",
                "Intro\nHet stembureau sluit om 20.00 uur.\nSlot");

        assertThat(lines.get(1).kind()).isEqualTo(DiffLine.Kind.CHANGED);
        assertThat(lines.get(1).segments()).containsExactly(
                new Segment(Segment.Kind.KEPT, "Het stembureau sluit om "),
                new Segment(Segment.Kind.DELETED, "21"),
                new Segment(Segment.Kind.INSERTED, "20"),
                new Segment(Segment.Kind.KEPT, ".00 uur."));
    }

    @Test
    void shortWordsBetweenChangesBecomePartOfTheChange() {
        List<DiffLine> lines = TextDiff.lines("De voorzitter van het stembureau telt de stemmen samen met de leden",
                "De voorzitter van het stembureau opent de zitting samen met de leden");

        assertThat(lines.getFirst().toHtml()).isEqualTo("De voorzitter van het stembureau <del>telt de stemmen</del>"
                + "<ins>opent de zitting</ins> samen met de leden");
    }

    @Test
    void aRewrittenParagraphReadsAsOldLinesOutAndNewLinesIn() {
        List<DiffLine> lines = TextDiff.lines("De stemopneming vindt plaats vanaf eenentwintig uur.",
                "Om 21.00 uur begint het stembureau met tellen.");

        assertThat(lines).extracting(DiffLine::kind).containsExactly(DiffLine.Kind.REMOVED, DiffLine.Kind.ADDED);
    }

    @Test
    void bothVersionsCanBeReadBackFromTheDiff() {
        Article article = article("uitslagsoftware");
        VersionDiff diff = WhatChanged.diff(article, GR2022, GR2026).orElseThrow();

        assertThat(diff.oldText()).isEqualTo(article.versions().get(0).body());
        assertThat(diff.newText()).isEqualTo(article.versions().get(1).body());
    }

    @Test
    void theSameVersionAtBothElectionsHasNoChangesAndNoNote() {
        VersionDiff diff = WhatChanged.diff(article("uitslagsoftware"), GR2022, TK2025).orElseThrow();

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.changeNote()).isEmpty();
    }

    @Test
    void anArticleThatDidNotExistYetIsAllAdded() {
        VersionDiff diff = WhatChanged.diff(article("stemmen-toelaten"), GR2022, GR2026).orElseThrow();

        assertThat(diff.from()).isEmpty();
        assertThat(diff.lines()).allSatisfy(line -> assertThat(line.kind()).isEqualTo(DiffLine.Kind.ADDED));
        assertThat(WhatChanged.diff(article("stemmen-toelaten"), GR2018, GR2022)).isEmpty();
    }

    @Test
    void markupInTheTextIsEscapedInTheDiff() {
        List<DiffLine> lines = TextDiff.lines("Tekst <b>oud</b>", "Tekst <script>alert(1)</script>");

        assertThat(lines).allSatisfy(line -> assertThat(line.toHtml()).doesNotContain("<script>", "<b>"));
        assertThat(lines).anySatisfy(line -> assertThat(line.toHtml()).contains("&lt;script&gt;alert(1)"));
    }

    @Test
    void aLineEndThatIsRemovedIsShownInsideTheDeletion() {
        List<DiffLine> lines = TextDiff.lines("Twee regels\ndie een zin zijn", "Twee regels die een zin zijn");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.toHtml()).isEqualTo("Twee regels<del><br></del><ins> </ins>die een zin zijn");
            assertThat(line.oldText()).isEqualTo("Twee regels\ndie een zin zijn");
        });
    }

    @Test
    void anEmptyLineThatGetsTextIsReadBackExactly() {
        VersionDiff diff = new VersionDiff("x", java.util.Optional.empty(), GR2026, "", TextDiff.lines("\n", "\nx"));

        assertThat(diff.oldText()).isEqualTo("\n");
        assertThat(diff.newText()).isEqualTo("\nx");
    }

    @Test
    void theListBetweenTwoCouncilElectionsHasChangedArticlesWithNotesAndNewOnes() {
        List<ArticleChange> changes = WhatChanged.between(knowledgeBase, GR2022, GR2026);

        assertThat(changes).filteredOn(change -> !change.isNew()).extracting(ArticleChange::articleId)
                .containsExactly("openingstijden-stembureau", "uitslagsoftware");
        assertThat(changes).filteredOn(ArticleChange::isNew).extracting(ArticleChange::articleId)
                .containsExactlyInAnyOrder("dag-van-kandidaatstelling", "stemmen-toelaten", "toegankelijk-stemlokaal");
        ArticleChange software = changes.stream().filter(c -> c.articleId().equals("uitslagsoftware")).findFirst()
                .orElseThrow();
        assertThat(software.previous()).contains(GR2022);
        assertThat(software.current()).isEqualTo(GR2026);
        assertThat(software.changeNotes()).singleElement().asString().contains("Wpv");
    }

    @Test
    void theListIsInTileOrder() {
        assertThat(WhatChanged.between(knowledgeBase, GR2022, GR2026)).extracting(ArticleChange::topic)
                .isSorted();
    }

    @Test
    void nothingChangedBetweenTwoElectionsWithoutNewVersions() {
        assertThat(WhatChanged.between(knowledgeBase, GR2022, TK2025)).isEmpty();
    }

    @Test
    void theOlderElectionMustComeFirst() {
        assertThatThrownBy(() -> WhatChanged.between(knowledgeBase, GR2026, GR2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GR2026");
    }
}
