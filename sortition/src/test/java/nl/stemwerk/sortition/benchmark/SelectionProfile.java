package nl.stemwerk.sortition.benchmark;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.SelectionListener;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.SelectionProgress;
import nl.stemwerk.sortition.selection.Sortition;
import nl.stemwerk.sortition.solver.ortools.OrToolsBackend;

/**
 * Where the time of one computation goes: CPU time of the linear versus the integer solves, printed with the
 * progress every ten seconds. A plain main for profiling runs: arguments an instance of {@link LeximinWallTime}
 * and optionally {@code --maximin}; {@code -Dlp=CLP} and {@code -Dip=SCIP} pick other solvers. Never part of the
 * tests.
 */
public final class SelectionProfile {
    private SelectionProfile() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "sfe";
        Algorithm algorithm = List.of(args).contains("--maximin") ? Algorithm.MAXIMIN : Algorithm.LEXIMIN;
        String linear = System.getProperty("lp", "GLOP");
        String integer = System.getProperty("ip", "CBC");
        TimingBackend backend = new TimingBackend(new OrToolsBackend(linear, integer));
        SelectionProblem problem = LeximinWallTime.instance(name);
        long start = System.nanoTime();
        long[] lastPrint = {0};
        SelectionListener listener = new SelectionListener() {
            @Override
            public void progress(SelectionProgress progress) {
                long now = System.nanoTime();
                if (now - lastPrint[0] > 10_000_000_000L) {
                    lastPrint[0] = now;
                    System.out.printf(Locale.ROOT, "%6.1f s (cpu %.1f s) %s panels=%d settled=%d/%d lowest=%.6f  %s%n",
                            (now - start) / 1e9,
                            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9,
                            progress.phase(), progress.panelsFound(),
                            progress.settledVolunteers(), progress.volunteers(), progress.lowestProbability(),
                            backend.summary());
                }
            }
        };
        SelectionOutcome outcome = new Sortition(backend).compute(problem,
                SelectionOptions.of(algorithm).withListener(listener));
        System.out.printf(Locale.ROOT, "done %.1f s %s%n%s%n", (System.nanoTime() - start) / 1e9, backend.summary(),
                outcome instanceof SelectionOutcome.Computed c ? c.statistics() + " min=" + c.lottery().fairness()
                        .minimum() : outcome.toString());
    }
}
