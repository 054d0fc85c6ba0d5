package nl.stemwerk.sortition.solver;

/**
 * A mathematical program that can be changed and solved again. Keeping one model alive and changing only its
 * objective is what makes the pricing step of column generation fast.
 *
 * <p>Bounds may be {@link Double#POSITIVE_INFINITY} or {@link Double#NEGATIVE_INFINITY}. Solving is
 * deterministic: the same calls in the same order give the same solution.
 */
public interface MathModel extends AutoCloseable {

    /** Adds a variable and returns its index (0, 1, 2, … in order of adding). */
    int addVariable(double lower, double upper, boolean integer);

    /** Adds {@code lower <= sum(coefficients[j] * x[variables[j]]) <= upper} and returns its index. */
    int addConstraint(double lower, double upper, int[] variables, double[] coefficients);

    void setCoefficient(int constraint, int variable, double coefficient);

    void setVariableBounds(int variable, double lower, double upper);

    /** Replaces the objective; {@code coefficients} has one entry per variable added so far. */
    void setObjective(double[] coefficients, boolean maximise);

    Solution solve();

    int variableCount();

    /** Frees the solver's native memory. */
    @Override
    void close();
}
