package nl.stemwerk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class SearchInputProperties {

    private static KnowledgeIndex index;

    @BeforeContainer
    static void open() {
        index = SampleIndex.create();
    }

    @AfterContainer
    static void close() throws IOException {
        index.close();
    }

    @Property(tries = 250)
    void anyTextIsASearchThatReturnsAtMostOnePage(@ForAll("queries") String query) {
        SearchResult result = index.search(SearchRequest.of(query));

        assertThat(result.hits()).hasSizeLessThanOrEqualTo(SearchRequest.DEFAULT_LIMIT);
        assertThat(result.totalHits()).isGreaterThanOrEqualTo(result.hits().size());
        assertThat(result.searchedText()).hasSizeLessThanOrEqualTo(200);
        result.hits().forEach(hit -> {
            assertThat(hit.titleHtml()).doesNotContain("<script");
            assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        });
    }

    @Property(tries = 150)
    void anyTextGivesSuggestionsWithoutFailing(@ForAll("queries") String typed) {
        assertThat(index.suggest(typed, 8).pages()).hasSizeLessThanOrEqualTo(8);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> words = Arbitraries.of("stempas", "GSB", "kwjit", "Na 31-2", "J 30", "volmacht", "de",
                "\"", "(", ")", ":", "*", "?", "~", "^", "[", "]", "{", "}", "\\", "AND", "OR", "NOT", "-", "+",
                "/", "&&", "||", "!", "🗳", "é", "\u0000", " ", "\t", "\n", "<script>", "stembureaus");
        Arbitrary<String> mixed = words.list().ofMaxSize(40).map(parts -> String.join(" ", parts));
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> huge = mixed.map(text -> (text + " ").repeat(10_001 / (text.length() + 1) + 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, mixed),
                net.jqwik.api.Tuple.of(6, anything),
                net.jqwik.api.Tuple.of(1, huge));
    }
}
