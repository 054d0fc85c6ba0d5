package nl.stemwerk.app.budget.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.stemwerk.app.budget.votingcode.CodeBatch;
import nl.stemwerk.app.budget.votingcode.LetterPdf;
import nl.stemwerk.app.budget.votingcode.Letters;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VotingCode;
import nl.stemwerk.app.budget.votingcode.VotingCodeHasher;
import nl.stemwerk.app.budget.votingcode.VotingCodeKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a batch of voting-code letters costs: the PDF of {@code letters} letters (one A4 page each, Noto Sans
 * embedded, tagged), and one HMAC of a code (the cost per code when a batch is made and per guess when a code is
 * checked).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VotingCodeBenchmark {
    @Param({"100"})
    int letters;

    private Letters batch;
    private VotingCodeHasher hasher;
    private final VoteTarget target = VoteTarget.budget(1);
    private final VotingCode code = new VotingCode("7KQ2M9XD4HTW");

    @Setup
    public void setUp() {
        List<VotingCode> codes = new ArrayList<>();
        for (int i = 0; i < letters; i++) {
            codes.add(VotingCode.random());
        }
        batch = new Letters("West Maas en Waal", "Uw stemcode voor de Burgerbegroting 2026",
                "U mag meebeslissen waar de gemeente € 300.000 aan uitgeeft.", "Kies de projecten die u het beste"
                + " vindt.", "https://stemwerk.example.nl/publiek/begrotingen/1", LocalDate.of(2026, 6, 14),
                CodeBatch.Per.HOUSEHOLD, LocalDate.of(2026, 5, 1), codes, List.of());
        hasher = new VotingCodeHasher(new VotingCodeKey("", ""));
    }

    @Benchmark
    public byte[] letterPdf() {
        return LetterPdf.pdf(batch);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] hashOneCode() {
        return hasher.hash(target, code);
    }
}
