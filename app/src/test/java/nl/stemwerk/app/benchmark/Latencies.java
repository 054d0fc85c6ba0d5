package nl.stemwerk.app.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Response times per request type, in microseconds; percentiles by sorting (the bench has at most a few 100,000). */
final class Latencies {
    private final Map<String, ConcurrentLinkedQueue<Long>> byType = new ConcurrentHashMap<>();

    void record(String type, long nanos) {
        byType.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(nanos / 1_000);
    }

    /** One line per type: count, p50, p99 and max in milliseconds. */
    String report() {
        StringBuilder out = new StringBuilder(String.format("%-22s %8s %9s %9s %9s%n", "request", "count", "p50 ms",
                "p99 ms", "max ms"));
        new TreeMap<>(byType).forEach((type, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            out.append(String.format("%-22s %8d %9.1f %9.1f %9.1f%n", type, sorted.length, percentile(sorted, 50),
                    percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0));
        });
        return out.toString();
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }
}
