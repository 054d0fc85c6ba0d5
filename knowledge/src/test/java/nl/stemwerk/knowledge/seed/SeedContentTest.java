package nl.stemwerk.knowledge.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import nl.stemwerk.knowledge.changes.VersionDiff;
import nl.stemwerk.knowledge.changes.WhatChanged;
import nl.stemwerk.knowledge.checklist.CalendarOptions;
import nl.stemwerk.knowledge.checklist.ChecklistPlan;
import nl.stemwerk.knowledge.checklist.ElectionSchedule;
import nl.stemwerk.knowledge.checklist.ICalendarExport;
import nl.stemwerk.knowledge.format.BundledContent;
import nl.stemwerk.knowledge.format.ContentExporter;
import nl.stemwerk.knowledge.format.ContentImporter;
import nl.stemwerk.knowledge.format.ImportResult;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.render.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The library against the seed content the writer produced (in src/main/resources), when the build has it:
 * it imports, exports unchanged, renders, compares and plans without a single problem.
 */
class SeedContentTest {

    private static final Edition GR2022 = Edition.parse("GR2022").orElseThrow();
    private static final Edition GR2026 = Edition.parse("GR2026").orElseThrow();

    private KnowledgeBase seed;

    @BeforeEach
    void load() {
        assumeTrue(BundledContent.root().isPresent(), "Er is nog geen seed content in src/main/resources.");
        ImportResult result = BundledContent.load().orElseThrow();
        assertThat(result).as(result.toString()).isInstanceOf(ImportResult.Imported.class);
        seed = result.orThrow();
    }

    @Test
    void hasTheContentTheBriefAskedFor() {
        assertThat(seed.articles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(seed.articles().stream().filter(a -> a.versions().size() > 1)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(seed.faqs()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(seed.newsletters()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(seed.checklists()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void exportsToTheSameContent() {
        assertThat(ContentImporter.readTexts(ContentExporter.writeAll(seed)).orThrow()).isEqualTo(seed);
    }

    @Test
    void everyBodyRendersWithoutScriptOrUnsafeLinks() {
        seed.items().forEach(item -> {
            var document = Jsoup.parseBodyFragment(MarkdownRenderer.toSafeHtml(item.body()));
            assertThat(document.select("script, iframe, [onerror], [onload]")).as(item.path()).isEmpty();
            assertThat(document.select("a[href]").eachAttr("href")).as(item.path())
                    .noneMatch(href -> href.toLowerCase().startsWith("javascript:"));
        });
    }

    @Test
    void everyArticleWithTwoVersionsShowsWhatChangedAndReadsBackBothVersions() {
        for (Article article : seed.articles()) {
            if (article.version(GR2022).isEmpty() || article.version(GR2026).isEmpty()) {
                continue;
            }
            VersionDiff diff = WhatChanged.diff(article, GR2022, GR2026).orElseThrow();
            assertThat(diff.hasChanges()).as(article.id()).isTrue();
            assertThat(diff.changeNote()).as(article.id()).isNotBlank();
            assertThat(diff.oldText()).isEqualTo(article.version(GR2022).orElseThrow().body());
            assertThat(diff.newText()).isEqualTo(article.version(GR2026).orElseThrow().body());
        }
        assertThat(WhatChanged.between(seed, GR2022, GR2026)).filteredOn(c -> !c.isNew()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyChecklistBecomesAValidCalendarForGr2026() throws Exception {
        ElectionSchedule gr2026 = ElectionSchedule.regular(GR2026, LocalDate.of(2026, 3, 18),
                LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 23));
        for (var checklist : seed.checklists()) {
            ChecklistPlan plan = ChecklistPlan.of(checklist, gr2026);
            String ics = ICalendarExport.write(plan, new CalendarOptions(CalendarOptions.Kind.TODO,
                    Instant.parse("2026-01-05T08:00:00Z"), "gemeente.example.nl"), Map.of());
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            assertThat(calendar.validate().hasErrors()).as(checklist.id() + ": " + calendar.validate()).isFalse();
            assertThat(calendar.getComponents()).hasSize(checklist.tasks().size());
        }
    }
}
