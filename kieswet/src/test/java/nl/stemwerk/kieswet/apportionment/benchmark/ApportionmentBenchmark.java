package nl.stemwerk.kieswet.apportionment.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.stemwerk.kieswet.apportionment.Apportionment;
import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.ListInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per allocation (seats and elected candidates), target well under 1 ms:
 * <ul>
 *   <li>{@code abacusCases}: all 36 Abacus vectors in one call, each with its lots already drawn (the final call
 *       the app makes);</li>
 *   <li>{@code council45Seats}: a 45-seat council with 20 lists of 50 candidates and realistic votes.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ApportionmentBenchmark {
    private List<ApportionmentInput> abacusCases;
    private ApportionmentInput council;

    @Setup(Level.Trial)
    public void setUp() {
        abacusCases = AbacusCaseInputs.withLotsDrawn();
        council = council45Seats(new Random(2026));
    }

    @Benchmark
    public void abacusCases(Blackhole blackhole) {
        for (ApportionmentInput input : abacusCases) {
            blackhole.consume(Apportionment.apportion(input));
        }
    }

    @Benchmark
    public ApportionmentOutcome council45Seats() {
        return Apportionment.apportion(council);
    }

    /** 20 lists of 50 candidates; list totals fall off like a real council, candidate votes favour the top. */
    static ApportionmentInput council45Seats(Random random) {
        List<ListInput> lists = new ArrayList<>();
        for (int list = 1; list <= 20; list++) {
            long[] votes = new long[50];
            long listStrength = 40_000L / list;
            for (int c = 0; c < 50; c++) {
                votes[c] = random.nextLong(listStrength / (c + 2) + 1);
            }
            lists.add(ListInput.of(list, votes));
        }
        return new ApportionmentInput(45, lists);
    }
}
