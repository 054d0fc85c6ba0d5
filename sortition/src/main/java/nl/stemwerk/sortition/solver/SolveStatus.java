package nl.stemwerk.sortition.solver;

/** The outcome of one solve. A result, not a state machine: nothing moves from one value to another. */
public enum SolveStatus {
    OPTIMAL,
    INFEASIBLE,
    UNBOUNDED,
    /** The solver stopped without an answer (numerical trouble or an internal error). */
    FAILED
}
