package nl.stemwerk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import java.util.Set;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeIndexTest {

    private final KnowledgeIndex index = SampleIndex.create();

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> ids(String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    private String first(String query) {
        return ids(query).stream().findFirst().orElse("(niets gevonden)");
    }

    @Nested
    class Matching {

        @ParameterizedTest(name = "\"{0}\" finds {1} first")
        @CsvSource({
                "GSB, zitting-gsb-openbaar",
                "gemeentelijk stembureau openbaar, zitting-gsb-openbaar",
                "openingstijden van het stembureau, openingstijden-stembureau",
                "stembureaus open, openingstijden-stembureau",
                "volmachtbewijzen, stemmen-toelaten",
                "id-kaart kiezer, stemmen-toelaten",
                "wpv, uitslagsoftware",
                "wet programmatuur verkiezingsuitslagen, uitslagsoftware",
                "Na 31-2, zitting-gsb-openbaar",
                "na31-2, zitting-gsb-openbaar",
                "artikel J 30, wanneer-sluit-het-stembureau",
                "kandidaatstelling, dag-van-kandidaatstelling",
                "oproepkaart verloren, stempas-kwijt"})
        void findsWhatTheOfficialMeans(String query, String expected) {
            assertThat(first(query)).isEqualTo(expected);
        }

        @Test
        void anAbbreviationFindsTheWordsItStandsFor() {
            assertThat(ids("gsb")).contains("planning-klein");
        }

        @Test
        void aNewsletterWithTheSameWordsRanksBelowTheArticle() {
            List<String> found = ids("kandidaatstelling");

            assertThat(found.indexOf("dag-van-kandidaatstelling")).isLessThan(found.indexOf("nieuwsbrief-2026-01"));
        }
    }

    @Nested
    class TypingErrors {

        @Test
        void anUnknownWordIsCorrectedAndTheCorrectionOffered() {
            SearchResult result = index.search(SearchRequest.of("stempas kwjit"));

            assertThat(result.hits()).first().extracting(SearchHit::id).isEqualTo("stempas-kwijt");
            assertThat(result.didYouMean()).contains("stempas kwijt");
        }

        @ParameterizedTest(name = "\"{0}\" is corrected to \"{1}\"")
        @CsvSource({"volmagt, volmacht", "kweit, kwijt", "identiteitsbeweis, identiteitsbewijs"})
        void aWordSpelledAsItSoundsIsCorrected(String typed, String meant) {
            assertThat(index.search(SearchRequest.of(typed)).didYouMean()).contains(meant);
        }

        @Test
        void aCorrectlySpelledQueryHasNoSuggestion() {
            assertThat(index.search(SearchRequest.of("stempas kwijt")).didYouMean()).isEmpty();
        }

        @Test
        void aTypoInADomainWordStillFindsIt() {
            assertThat(first("stembureua openingstijden")).isEqualTo("openingstijden-stembureau");
        }

        @Test
        void whenExactWordsFindTooLittleNearSpellingsAreSearchedToo() throws IOException {
            try (KnowledgeIndex small = KnowledgeIndex.inMemory()) {
                small.put(desk("a", "Een tabel", "De tabel met uitslagen."));
                small.put(desk("b", "Een tafel", "De tafel in het stemlokaal."));
                small.put(desk("c", "Iets anders", "Over iets anders."));

                List<String> found = small.search(SearchRequest.of("tabel")).hits().stream().map(SearchHit::id).toList();

                assertThat(found).containsExactly("a", "b");
            }
        }
    }

    @Nested
    class Snippets {

        @Test
        void matchedWordsAreMarkedInTitleAndSnippet() {
            SearchHit hit = index.search(SearchRequest.of("stempas")).hits().stream()
                    .filter(h -> h.id().equals("stempas-kwijt")).findFirst().orElseThrow();

            assertThat(hit.titleHtml()).contains("<mark>stempas</mark>");
            assertThat(hit.snippetHtml()).contains("<mark>stempas</mark>");
        }

        @Test
        void markupInContentIsEscapedInTitleAndSnippet() {
            index.put(desk("xss", "Wat doet <script>alert(1)</script> hier?",
                    "Een stembiljet met <img src=x onerror=alert(1)> erop telt niet."));

            SearchHit hit = index.search(SearchRequest.of("stembiljet")).hits().stream()
                    .filter(h -> h.id().equals("xss")).findFirst().orElseThrow();

            assertThat(hit.titleHtml()).doesNotContain("<script").contains("&lt;script&gt;");
            assertThat(hit.snippetHtml()).doesNotContain("<img").contains("&lt;img").contains("<mark>");
        }
    }

    @Nested
    class FacetsAndFilters {

        @Test
        void countsPerTileElectionAndKind() {
            SearchResult result = index.search(SearchRequest.of("stembureau"));

            assertThat(result.topics()).extracting(FacetCount::value).contains(Topic.POLLING_STATIONS.name());
            assertThat(result.kinds()).extracting(FacetCount::label).contains("Artikel", "Veelgestelde vraag");
            assertThat(result.elections()).extracting(FacetCount::value).contains("GR");
            assertThat(result.topics().stream().mapToLong(FacetCount::count).sum()).isEqualTo(result.totalHits());
        }

        @Test
        void aTileFilterKeepsOnlyThatTileButCountsTheOtherTilesAsIfUnfiltered() {
            SearchResult all = index.search(SearchRequest.of("stembureau"));
            SearchResult filtered = index.search(SearchRequest.of("stembureau")
                    .withTopics(Set.of(Topic.POLLING_STATIONS)));

            assertThat(filtered.hits()).allSatisfy(hit -> assertThat(hit.topic()).isEqualTo(Topic.POLLING_STATIONS));
            assertThat(filtered.topics()).isEqualTo(all.topics());
        }

        @Test
        void anElectionFilterLeavesOutItemsForOtherElections() {
            SearchResult european = index.search(SearchRequest.of("kandidaatstelling")
                    .withElections(Set.of(ElectionType.EP)));

            assertThat(european.hits()).extracting(SearchHit::id).doesNotContain("dag-van-kandidaatstelling");
        }

        @Test
        void aKindFilterShowsOnlyThatKind() {
            assertThat(index.search(SearchRequest.of("stempas").withKinds(Set.of(DocumentKind.FAQ))).hits())
                    .isNotEmpty().allSatisfy(hit -> assertThat(hit.kind()).isEqualTo(DocumentKind.FAQ));
        }
    }

    @Nested
    class OneListForAllKinds {

        @Test
        void aDeskAnswerIsFoundNextToTheContentAndCanBeChangedAndRemoved() {
            index.put(desk("v-17", "Mag een kiezer een foto maken van zijn stembiljet?",
                    "Nee, een foto van het ingevulde stembiljet mag niet."));
            assertThat(first("foto stembiljet")).isEqualTo("v-17");

            index.put(desk("v-17", "Mag een kiezer een selfie maken in het stemhokje?", "Nee."));
            assertThat(ids("foto stembiljet")).doesNotContain("v-17");
            assertThat(first("selfie")).isEqualTo("v-17");

            assertThat(index.delete(DocumentKind.DESK_ANSWER, "v-17")).isTrue();
            assertThat(ids("selfie")).isEmpty();
            assertThat(index.delete(DocumentKind.DESK_ANSWER, "v-17")).isFalse();
        }

        @Test
        void replacingTheContentKeepsTheDeskAnswers() {
            index.put(desk("v-1", "Stempas in de brievenbus vergeten?", "Vraag een nieuwe aan."));
            int before = index.size();

            index.replaceContent(Samples.knowledgeBase());

            assertThat(index.size()).isEqualTo(before);
            assertThat(ids("brievenbus")).containsExactly("v-1");
        }

        @Test
        void everyKindOfContentIsInTheIndex() {
            assertThat(index.search(SearchRequest.of("")).kinds()).extracting(FacetCount::value)
                    .containsExactly("ARTICLE", "FAQ", "CHECKLIST", "NEWSLETTER");
            assertThat(index.size()).isEqualTo(10);
        }

        @Test
        void anArticleIsFoundByItsNewestVersion() {
            SearchHit hit = index.search(SearchRequest.of("wpv")).hits().getFirst();

            assertThat(hit.edition()).map(Object::toString).contains("GR2026");
        }
    }

    @Nested
    class AnyInput {

        @ParameterizedTest
        @CsvSource(value = {"''", "'   '", "'\"(:*?~^[]{}\\'", "AND OR NOT", "*", "'title:stempas~2^3'",
                "'\"stempas'", "'[a TO z]'", "'/regex.*/'", "'&&||!'", "'\u0000\u0007'", "'🗳️ stemmen'"},
                nullValues = "NULL")
        void neverThrows(String query) {
            assertThat(index.search(SearchRequest.of(query))).isNotNull();
            assertThat(index.suggest(query, 5)).isNotNull();
        }

        @Test
        void aNullQueryListsEverything() {
            assertThat(index.search(SearchRequest.of(null)).totalHits()).isEqualTo(10);
        }

        @Test
        void aVeryLongQueryIsCutAtAWordAndStillFinds() {
            String query = "stempas kwijt " + "en nog veel meer woorden ".repeat(400);

            SearchResult result = index.search(SearchRequest.of(query));

            assertThat(query).hasSizeGreaterThan(10_000);
            assertThat(result.searchedText()).hasSizeLessThanOrEqualTo(200).startsWith("stempas kwijt").doesNotEndWith(" ");
            assertThat(result.hits()).first().extracting(SearchHit::id).isEqualTo("stempas-kwijt");
        }

        @Test
        void onlyStopWordsFindNothing() {
            assertThat(index.search(SearchRequest.of("wat moet ik doen")).totalHits()).isZero();
        }

        @Test
        void syntaxCharactersAroundWordsAreIgnored() {
            assertThat(first("\"stempas\" (kwijt)*")).isEqualTo("stempas-kwijt");
        }
    }

    @Nested
    class EmptyQuery {

        @Test
        void listsEverythingByTitle() {
            List<String> titles = index.search(SearchRequest.of("").page(0, 100)).hits().stream()
                    .map(SearchHit::title).toList();

            assertThat(titles).hasSize(10).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        }

        @Test
        void withATileListsThatTile() {
            SearchResult result = index.search(SearchRequest.of("").withTopics(Set.of(Topic.RESULT_SOFTWARE)));

            assertThat(result.hits()).extracting(SearchHit::id).containsExactly("uitslagsoftware");
            assertThat(result.hits().getFirst().snippetHtml()).doesNotContain("<mark>");
        }

        @Test
        void pagesThroughTheList() {
            List<String> first = index.search(SearchRequest.of("").page(0, 4)).hits().stream().map(SearchHit::id).toList();
            List<String> second = index.search(SearchRequest.of("").page(4, 4)).hits().stream().map(SearchHit::id).toList();

            assertThat(first).hasSize(4).doesNotContainAnyElementsOf(second);
            assertThat(second).hasSize(4);
        }
    }

    @Nested
    class SuggestionsAsYouType {

        @Test
        void completesTheLastWordWithDictionaryAndContentWords() {
            Suggestions suggestions = index.suggest("kwijt stemp", 5);

            assertThat(suggestions.queries()).contains("kwijt stempas");
            assertThat(suggestions.pages()).extracting(Suggestions.Page::id).contains("stempas-kwijt");
        }

        @Test
        void suggestsAnAbbreviationFromTheDictionary() {
            assertThat(index.suggest("gs", 5).queries()).contains("gsb");
        }

        @Test
        void aSingleLetterSuggestsNothing() {
            assertThat(index.suggest("s", 5)).isEqualTo(Suggestions.none());
        }

        @Test
        void aFinishedWordSuggestsPagesOnly() {
            Suggestions suggestions = index.suggest("stempas ", 5);

            assertThat(suggestions.queries()).isEmpty();
            assertThat(suggestions.pages()).extracting(Suggestions.Page::id).contains("stempas-kwijt");
        }
    }

    @Test
    void anIndexInAFolderIsThereAgainAfterARestart(@TempDir Path folder) throws IOException {
        try (KnowledgeIndex onDisk = KnowledgeIndex.open(folder, DomainDictionary.standard())) {
            onDisk.rebuild(Samples.knowledgeBase(), List.of(desk("v-2", "Waar blijft de stembus?", "In de kast.")));
        }
        try (KnowledgeIndex reopened = KnowledgeIndex.open(folder, DomainDictionary.standard())) {
            assertThat(reopened.size()).isEqualTo(11);
            assertThat(reopened.search(SearchRequest.of("stembus")).hits()).extracting(SearchHit::id)
                    .containsExactly("v-2");
        }
    }

    @Test
    void anEmptyIndexFindsNothingAndDoesNotFail() throws IOException {
        try (KnowledgeIndex empty = KnowledgeIndex.inMemory()) {
            assertThat(empty.search(SearchRequest.of("stempas")).totalHits()).isZero();
            assertThat(empty.search(SearchRequest.of("")).hits()).isEmpty();
            assertThat(empty.suggest("stem", 5).pages()).isEmpty();
        }
    }

    static DeskAnswer desk(String id, String question, String answer) {
        return new DeskAnswer(id, question, answer, Topic.VOTING_AND_PROXIES, List.of(ElectionType.GR),
                LocalDate.of(2026, 3, 10));
    }

}
