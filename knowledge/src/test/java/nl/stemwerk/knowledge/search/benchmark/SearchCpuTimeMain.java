package nl.stemwerk.knowledge.search.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.format.BundledContent;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.search.KnowledgeIndex;
import nl.stemwerk.knowledge.search.SearchRequest;

/**
 * Companion to {@link SearchBenchmark} for shared machines: the CPU time of each search on the calling thread,
 * which other processes on the same cores do not inflate as they do wall time. Prints p50/p95/p99 of CPU time
 * and wall time per corpus. Run with {@code ./stemwerk bench knowledge --main
 * nl.stemwerk.knowledge.search.benchmark.SearchCpuTimeMain}.
 */
public final class SearchCpuTimeMain {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 4_000;

    private SearchCpuTimeMain() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase seed = BundledContent.load().map(result -> result.orThrow()).orElseGet(Samples::knowledgeBase);
        measure("seed", seed);
        measure("generated10k", GeneratedCorpus.articles(10_000, seed, 2026));
    }

    private static void measure(String name, KnowledgeBase content) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> queries = SearchBenchmark.QUERIES;
        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.rebuild(content, List.of());
            for (int i = 0; i < WARM_UP; i++) {
                index.search(SearchRequest.of(queries.get(i % queries.size())));
            }
            long[] cpu = new long[MEASURED];
            long[] wall = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                index.search(SearchRequest.of(queries.get(i % queries.size())));
                wall[i] = System.nanoTime() - wallStart;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
            System.out.printf("%s (%d documents): CPU p50 %.2f ms, p95 %.2f ms, p99 %.2f ms;"
                            + " wall p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", name, index.size(),
                    percentile(cpu, 50), percentile(cpu, 95), percentile(cpu, 99),
                    percentile(wall, 50), percentile(wall, 95), percentile(wall, 99));
        }
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
