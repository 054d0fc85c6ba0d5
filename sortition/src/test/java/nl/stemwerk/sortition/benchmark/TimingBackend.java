package nl.stemwerk.sortition.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolverBackend;

/** Wraps a backend and adds up the CPU time of its linear and integer solves, for profiling runs. */
final class TimingBackend implements SolverBackend {
    /** CPU time of the calling thread, where the native solvers run: meaningful on a busy machine. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final SolverBackend inner;
    long linearNanos;
    long integerNanos;
    int linearSolves;
    int integerSolves;
    long slowestLinearNanos;

    TimingBackend(SolverBackend inner) {
        this.inner = inner;
    }

    @Override
    public MathModel linearModel() {
        return new Timed(inner.linearModel(), false);
    }

    @Override
    public MathModel integerModel() {
        return new Timed(inner.integerModel(), true);
    }

    @Override
    public String description() {
        return inner.description();
    }

    String summary() {
        return String.format(Locale.ROOT, "LP %d solves %.1f s cpu (slowest %.1f s), IP %d solves %.1f s cpu",
                linearSolves, linearNanos / 1e9, slowestLinearNanos / 1e9, integerSolves, integerNanos / 1e9);
    }

    private final class Timed implements MathModel {
        private final MathModel model;
        private final boolean integer;

        Timed(MathModel model, boolean integer) {
            this.model = model;
            this.integer = integer;
        }

        @Override
        public int addVariable(double lower, double upper, boolean isInteger) {
            return model.addVariable(lower, upper, isInteger);
        }

        @Override
        public int addConstraint(double lower, double upper, int[] variables, double[] coefficients) {
            return model.addConstraint(lower, upper, variables, coefficients);
        }

        @Override
        public void setCoefficient(int constraint, int variable, double coefficient) {
            model.setCoefficient(constraint, variable, coefficient);
        }

        @Override
        public void setVariableBounds(int variable, double lower, double upper) {
            model.setVariableBounds(variable, lower, upper);
        }

        @Override
        public void setObjective(double[] coefficients, boolean maximise) {
            model.setObjective(coefficients, maximise);
        }

        @Override
        public Solution solve() {
            long start = CPU.getCurrentThreadCpuTime();
            Solution solution = model.solve();
            long nanos = CPU.getCurrentThreadCpuTime() - start;
            if (integer) {
                integerNanos += nanos;
                integerSolves++;
            } else {
                linearNanos += nanos;
                linearSolves++;
                slowestLinearNanos = Math.max(slowestLinearNanos, nanos);
            }
            return solution;
        }

        @Override
        public int variableCount() {
            return model.variableCount();
        }

        @Override
        public void close() {
            model.close();
        }
    }
}
