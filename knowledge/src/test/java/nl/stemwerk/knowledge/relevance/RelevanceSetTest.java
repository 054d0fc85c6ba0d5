package nl.stemwerk.knowledge.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.search.KnowledgeIndex;
import org.junit.jupiter.api.Test;

class RelevanceSetTest {

    @Test
    void readsQueriesWithAndWithoutNote() {
        List<RelevanceCase> cases = RelevanceSet.read(new StringReader(
                "query\texpected_id\tnote\nstempas kwjit\tstempas-kwijt\ttypfout\n\nwpv\tuitslagsoftware\n"));

        assertThat(cases).containsExactly(
                new RelevanceCase("stempas kwjit", "stempas-kwijt", "typfout", 2),
                new RelevanceCase("wpv", "uitslagsoftware", "", 4));
    }

    @Test
    void aWrongHeaderOrLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> RelevanceSet.read(new StringReader("vraag\tid\n")))
                .isInstanceOfSatisfying(RelevanceSetException.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> RelevanceSet.read(new StringReader("query\texpected_id\tnote\nalleen een vraag\n")))
                .isInstanceOfSatisfying(RelevanceSetException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("kolommen");
        assertThatThrownBy(() -> RelevanceSet.read(new StringReader("")))
                .isInstanceOf(RelevanceSetException.class);
    }

    @Test
    void scoresHitAt3AndMrrAndListsTheMissesWithWhatCameFirst() throws IOException {
        List<RelevanceCase> cases = List.of(
                new RelevanceCase("stempas kwijt", "stempas-kwijt", "", 2),
                new RelevanceCase("wpv", "uitslagsoftware", "", 3),
                new RelevanceCase("wpv", "stempas-kwijt", "expres fout", 4),
                new RelevanceCase("wpv", "bestaat-niet", "", 5));
        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.replaceContent(Samples.knowledgeBase());

            RelevanceReport report = RelevanceEvaluator.evaluate(index, cases, Samples.knowledgeBase()::contains);

            assertThat(report.hitAt3()).isEqualTo(0.5);
            assertThat(report.mrr()).isEqualTo(0.5);
            assertThat(report.misses()).extracting(o -> o.relevanceCase().line()).containsExactly(4, 5);
            assertThat(report.toText())
                    .startsWith("4 zoekvragen: hit@3 = 0.500, MRR = 0.500, gemist: 2")
                    .contains("- regel 4 \"wpv\": verwacht stempas-kwijt (niet in de top 10); eerste: uitslagsoftware")
                    .contains("- regel 5 \"wpv\": verwacht bestaat-niet (dit id bestaat niet)");
        }
    }
}
