package nl.stemwerk.budgeting.benchmark;

import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.pabulib.PbElections;
import nl.stemwerk.budgeting.pabulib.PbFormatException;
import nl.stemwerk.budgeting.pabulib.PbReader;
import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.BudgetRules;
import nl.stemwerk.budgeting.rule.GreedyRule;
import nl.stemwerk.budgeting.rule.RuleVariant;
import nl.stemwerk.budgeting.testing.SharedData;

/**
 * Parse and count times on the two large city-wide files: Łódź 2022 (90,494 voters, 160 projects) and Wrocław 2021
 * (84,611 voters, choose-1). {@code mesAdd1} is the variant the equalshares tool calls "add1" with its default
 * options (integral start, exhaustive stop); the README says how to run the tool beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class BudgetingBenchmark {

    private static final RuleVariant MES_ADD1 = RuleVariant.parse("mes/cost/add1-integral/exhaustive-stop/v1");

    @Param({"poland_lodz_2022_.pb", "poland_wroclaw_2021_.pb"})
    public String file;

    private byte[] bytes;
    private BudgetElection election;

    @Setup(Level.Trial)
    public void load() {
        bytes = SharedData.bytes(file);
        election = SharedData.election(file);
    }

    /** Read the file (UTF-8, every check) and build the election (validated again, as any caller would). */
    @Benchmark
    public BudgetElection parse() throws PbFormatException {
        return PbElections.toElection(PbReader.read(bytes).file());
    }

    @Benchmark
    public BudgetResult greedy() {
        return BudgetRules.compute(election, GreedyRule.BY_VOTES).orElseThrow();
    }

    /** Method of Equal Shares with Add1 and exact explanations, as the result page needs them. */
    @Benchmark
    public BudgetResult mesAdd1() {
        return BudgetRules.compute(election, MES_ADD1).orElseThrow();
    }
}
