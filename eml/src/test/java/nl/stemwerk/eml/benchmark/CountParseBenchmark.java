package nl.stemwerk.eml.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.count.CountOverview;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.csv.Osv43Csv;

/**
 * Streaming parse of the real TK2025 count of West Maas en Waal (1,657,124 bytes), with and without the strict
 * schema check, and the osv4-3 CSV from it. MB/s = ops/s × 1.657. Run with
 * {@code -Dstemwerk.shared=/work/shared} (the test data folder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CountParseBenchmark {
    @Param({"true", "false"})
    public boolean validate;

    private byte[] count;
    private CandidateLists candidates;
    private CountReader reader;

    @Setup
    public void load() {
        count = SharedData.bytes(SharedData.TK2025_COUNT);
        candidates = new CandidateListsReader()
                .read(SharedData.open(SharedData.TK2025_CANDIDATES), "Kandidatenlijsten.eml.xml");
        reader = new CountReader(EmlReadOptions.defaults().withSchemaValidation(validate));
    }

    @Benchmark
    public CountOverview streamTk2025Count() {
        return reader.stream(new ByteArrayInputStream(count), "Telling.eml.xml", (contest, unit) -> { });
    }

    @Benchmark
    public int osv43CsvFromTk2025Count() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(100_000);
        Osv43Csv.write(candidates, reader, new ByteArrayInputStream(count), "Telling.eml.xml", out);
        return out.size();
    }
}
