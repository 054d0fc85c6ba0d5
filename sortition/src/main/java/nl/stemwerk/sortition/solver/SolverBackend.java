package nl.stemwerk.sortition.solver;

/**
 * Makes the mathematical programs the selection algorithms need. The algorithms only talk to this interface, so a
 * test or a later version can swap the solver without touching them.
 */
public interface SolverBackend {

    /** A linear program with continuous variables. */
    MathModel linearModel();

    /** A program whose variables may be integer (a mixed-integer program). */
    MathModel integerModel();

    /** Solver names and versions, recorded in every published lottery so a replay knows what computed it. */
    String description();
}
