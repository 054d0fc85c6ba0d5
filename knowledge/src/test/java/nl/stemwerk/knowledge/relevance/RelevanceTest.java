package nl.stemwerk.knowledge.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.format.BundledContent;
import nl.stemwerk.knowledge.search.KnowledgeIndex;
import org.junit.jupiter.api.Test;

/**
 * The search must put the expected answer in the top 3 for at least 90% of realistic queries. Runs over the seed
 * content in {@code src/main/resources/nl/stemwerk/knowledge/content} with its {@code relevance/queries.tsv}, and
 * always over the small samples of this module with their own queries.
 */
class RelevanceTest {

    static final double REQUIRED_HIT_AT_3 = 0.9;

    @Test
    void theSampleContentPutsTheAnswerInTheTop3ForNinetyPercentOfQueries() throws IOException {
        KnowledgeBase samples = Samples.knowledgeBase();
        List<RelevanceCase> cases = RelevanceSet.at(Samples.root()).orElseThrow();

        RelevanceReport report = evaluate(samples, cases);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        assertThat(report.hitAt3()).as(report.toText()).isGreaterThanOrEqualTo(REQUIRED_HIT_AT_3);
    }

    @Test
    void theSeedContentPutsTheAnswerInTheTop3ForNinetyPercentOfQueries() throws IOException {
        assumeTrue(BundledContent.root().isPresent(), "Er is nog geen seed content in src/main/resources.");
        KnowledgeBase seed = BundledContent.load().orElseThrow().orThrow();
        List<RelevanceCase> cases = RelevanceSet.bundled().orElseThrow(() -> new AssertionError(
                "De seed content heeft geen " + RelevanceSet.FILE));

        RelevanceReport report = evaluate(seed, cases);

        assertThat(report.outcomes()).as(report.toText()).allSatisfy(o -> assertThat(o.knownId()).isTrue());
        assertThat(report.hitAt3()).as(report.toText()).isGreaterThanOrEqualTo(REQUIRED_HIT_AT_3);
    }

    private static RelevanceReport evaluate(KnowledgeBase content, List<RelevanceCase> cases) throws IOException {
        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.replaceContent(content);
            RelevanceReport report = RelevanceEvaluator.evaluate(index, cases, content::contains);
            System.out.println(report.toText());
            return report;
        }
    }
}
