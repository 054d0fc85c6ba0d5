package nl.stemwerk.knowledge.search.benchmark;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.format.BundledContent;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.search.KnowledgeIndex;
import nl.stemwerk.knowledge.search.SearchRequest;
import nl.stemwerk.knowledge.search.SearchResult;
import nl.stemwerk.knowledge.search.Suggestions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one search and of one suggestion, as the app calls them: query planning, dictionary and typo
 * handling, facets and highlighted snippets included. SampleTime mode reports p50 and p95. Corpora: the seed
 * content (the test samples when the build has none) and 10,000 generated articles. Target: p95 below 20 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class SearchBenchmark {

    /** Hurried queries with typos, abbreviations, plurals and questions, as in the relevance set. */
    static final List<String> QUERIES = List.of(
            "stempas kwjit", "GSB zitting", "volmachtbewijzen controleren", "wpv verklaring aansluitvoorschriften",
            "hoe laat gaat het sb dicht", "telverschil uitleggen in het pv", "Na 31-2", "mag iedereen bij de telling",
            "ondersteuningsverklaringen hoeveel", "csb stuurt terug naar gsb", "id kaart verlopen",
            "zetelverdeling restzetels", "waarborgsom terugbetalen", "hertelling gemeenteraad",
            "kandidaatstelling 2026 datum", "processen-verbaal publiceren website", "stembureauleden trainen",
            "loting bij gelijke stemmen", "kiezerspas gemeenteraad", "dubbele invoer verschil");
    private static final List<String> TYPED = List.of("stemp", "gs", "volmacht ge", "proces", "kandidaatst",
            "zitting c", "hert", "wp");

    @Param({"seed", "generated10k"})
    public String corpus;

    private KnowledgeIndex index;
    private int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        KnowledgeBase seed = BundledContent.load().map(result -> result.orThrow()).orElseGet(Samples::knowledgeBase);
        KnowledgeBase content = corpus.equals("seed") ? seed : GeneratedCorpus.articles(10_000, seed, 2026);
        index = KnowledgeIndex.inMemory();
        index.rebuild(content, List.of());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
    }

    @Benchmark
    public SearchResult search() {
        return index.search(SearchRequest.of(QUERIES.get(next++ % QUERIES.size())));
    }

    @Benchmark
    public Suggestions suggest() {
        return index.suggest(TYPED.get(next++ % TYPED.size()), 8);
    }
}
