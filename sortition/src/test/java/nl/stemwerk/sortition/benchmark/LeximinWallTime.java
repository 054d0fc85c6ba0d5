package nl.stemwerk.sortition.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.Sortition;
import nl.stemwerk.sortition.testing.SfeShapedPool;
import nl.stemwerk.sortition.testing.SharedData;

/**
 * Wall time (and the main thread's CPU time, which stays meaningful on a shared machine) and minimum probability
 * of one LEXIMIN (or MAXIMIN) computation per instance. A plain main, not JMH:
 * one run takes seconds to minutes, so JMH's warm-up and forks would only multiply that. Never part of the tests.
 *
 * <p>Arguments: instance names ({@code small}, {@code sf}, {@code large}, {@code sfe}; default all four),
 * optionally {@code --maximin} and {@code --budget=SECONDS} (a time budget per instance, after which the run
 * returns its best lottery so far with a proven upper bound). Needs {@code -Dstemwerk.shared=/work/shared}.
 */
public final class LeximinWallTime {
    /** CBC and GLOP run in the calling thread, so its CPU time covers the native solvers too. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LeximinWallTime() {
    }

    public static void main(String[] args) {
        List<String> names = List.of(args).stream().filter(arg -> !arg.startsWith("--")).toList();
        Algorithm algorithm = List.of(args).contains("--maximin") ? Algorithm.MAXIMIN : Algorithm.LEXIMIN;
        Optional<Duration> budget = List.of(args).stream().filter(arg -> arg.startsWith("--budget="))
                .map(arg -> Duration.ofSeconds(Long.parseLong(arg.substring("--budget=".length())))).findFirst();
        Sortition sortition = Sortition.withOrTools();
        for (String name : names.isEmpty() ? List.of("small", "sf", "large", "sfe") : names) {
            SelectionProblem problem = instance(name);
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            SelectionOptions options = SelectionOptions.of(algorithm);
            SelectionOutcome outcome = sortition.compute(problem,
                    budget.map(options::withTimeBudget).orElse(options));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (outcome instanceof SelectionOutcome.Computed computed) {
                System.out.printf(Locale.ROOT, "%-6s %s n=%d k=%d  %.1f s (cpu %.1f s)  min=%.6f  k/n=%.6f  "
                                + "gini=%.4f  geo=%.6f  panels=%d  %s %s bound=%.6f%n", name, algorithm,
                        problem.pool().size(), problem.panelSize(), seconds, cpuSeconds,
                        computed.lottery().fairness().minimum(),
                        (double) problem.panelSize() / problem.pool().size(), computed.lottery().fairness().gini(),
                        computed.lottery().fairness().geometricMean(), computed.lottery().panels().size(),
                        computed.statistics(), computed.optimality().status(),
                        computed.optimality().lowestBound());
            } else {
                System.out.printf(Locale.ROOT, "%-6s %s no lottery after %.1f s: %s%n", name, algorithm, seconds,
                        outcome);
            }
        }
    }

    static SelectionProblem instance(String name) {
        return switch (name) {
            case "small" -> SharedData.paperInstance("example_small_20");
            case "large" -> SharedData.paperInstance("example_large_200");
            case "sf" -> SharedData.sortitionFoundationFixture();
            case "sfp" -> SharedData.sortitionFoundationFixtureWithChangedEducation();
            case "sfe" -> SfeShapedPool.generate(1);
            default -> throw new IllegalArgumentException("unknown instance " + name + " (small, sf, sfp, large, sfe)");
        };
    }
}
