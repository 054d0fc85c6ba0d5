package nl.stemwerk.eml.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.GeneratedCount;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateList;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.csv.Osv43Csv;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.ElectionDomain;
import nl.stemwerk.kieswet.election.Gender;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * A national-size 510b (10,000 reporting units, 20 lists of 15 candidates, about 350 MB), made while it is read,
 * parsed with the strict schema check and then turned into the osv4-3 CSV. Not a JMH benchmark: it runs once and
 * prints throughput and peak heap, to show that memory stays flat. Run with a small heap:
 * {@code java -Xmx256m -cp … nl.stemwerk.eml.benchmark.NationalCountBenchmark [units]}. With more than 2 GB of
 * heap it also times the CSV step alone, from the count held in memory.
 */
public final class NationalCountBenchmark {
    private static final int LISTS = 20;
    private static final int CANDIDATES = 15;

    private NationalCountBenchmark() {
    }

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        CountReader reader = new CountReader(EmlReadOptions.defaults().withMaxBytes(2L * 1024 * 1024 * 1024));
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));

        resetPeaks();
        GeneratedCount parsed = new GeneratedCount(units, LISTS, CANDIDATES);
        AtomicInteger seen = new AtomicInteger();
        Clock clock = Clock.start();
        reader.stream(parsed, "Telling_national.eml.xml", (contest, unit) -> seen.incrementAndGet());
        report("parse (streaming, strict schema, totals checked)", parsed.bytesServed(), clock, seen.get());

        resetPeaks();
        GeneratedCount forCsv = new GeneratedCount(units, LISTS, CANDIDATES);
        CountingStream csv = new CountingStream();
        clock = Clock.start();
        Osv43Csv.write(candidateLists(), reader, forCsv, "Telling_national.eml.xml", csv);
        report("parse + osv4-3 CSV (" + csv.bytes.get() / (1024 * 1024) + " MB of CSV)", forCsv.bytesServed(), clock,
                units);

        if (Runtime.getRuntime().maxMemory() > 2L * 1024 * 1024 * 1024) {
            // With a large heap: the CSV step alone, from a count already in memory.
            Count inMemory = reader.read(new GeneratedCount(units, LISTS, CANDIDATES), "Telling_national.eml.xml");
            resetPeaks();
            clock = Clock.start();
            Osv43Csv.write(candidateLists(), inMemory, "Telling_national.eml.xml", new CountingStream());
            System.out.printf("osv4-3 CSV alone, from the count in memory: %d units; wall %.2f s, CPU %.2f s%n",
                    units, clock.wallSeconds(), clock.cpuSeconds());
        }
    }

    private static CandidateLists candidateLists() {
        List<CandidateList> lists = new ArrayList<>();
        for (int l = 1; l <= LISTS; l++) {
            List<Candidate> candidates = new ArrayList<>();
            for (int c = 1; c <= CANDIDATES; c++) {
                candidates.add(new Candidate(c, "A.", "", "", "Kandidaat" + c, Gender.UNKNOWN, "Proefstad"));
            }
            lists.add(CandidateList.standalone(new PoliticalGroup(l, "Lijst " + l, candidates)));
        }
        ElectionIdentity election = new ElectionIdentity("GR2026_Proefgemeente", "Gemeenteraad Proefgemeente 2026",
                "GR", "GR2", Optional.of(new ElectionDomain("9999", "Proefgemeente")), LocalDate.of(2026, 3, 18),
                Optional.of(LocalDate.of(2026, 2, 2)));
        return new CandidateLists(EmlHeader.of(new Authority("9999", "Proefgemeente"), LocalDateTime.of(2026, 2, 3, 9, 0)),
                election, List.of(new CandidateContest(ContestIdentity.NONE, lists)));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static void report(String what, long bytes, Clock clock, int units) {
        double wall = clock.wallSeconds();
        double cpu = clock.cpuSeconds();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf("%s: %d units, %.0f MB; wall %.1f s = %.1f MB/s; CPU of this thread %.1f s = %.1f MB/s;"
                        + " peak heap (sum of pool peaks) %d MB; load average %.1f%n", what, units, bytes / 1e6, wall,
                bytes / 1e6 / wall, cpu, bytes / 1e6 / cpu, peak / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Wall time and this thread's CPU time: on a shared machine the second says more about the code. */
    private record Clock(long wallNanos, long cpuNanos) {
        static Clock start() {
            return new Clock(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }

        double wallSeconds() {
            return (System.nanoTime() - wallNanos) / 1e9;
        }

        double cpuSeconds() {
            return (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuNanos) / 1e9;
        }
    }

    private static final class CountingStream extends OutputStream {
        private final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(int b) {
            bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }
    }
}
