package nl.stemwerk.sortition.solver;

/**
 * What a solve returned.
 *
 * @param status    whether an optimum was found
 * @param objective the objective value; meaningful only when optimal
 * @param values    one value per variable; empty unless optimal
 * @param duals     for a linear program, one dual value per constraint: the change of the objective per unit
 *                  the constraint's bound moves; empty for an integer program or unless optimal
 */
public record Solution(SolveStatus status, double objective, double[] values, double[] duals) {

    public boolean optimal() {
        return status == SolveStatus.OPTIMAL;
    }

    public double value(int variable) {
        return values[variable];
    }

    public double dual(int constraint) {
        return duals[constraint];
    }

    public static Solution without(SolveStatus status) {
        return new Solution(status, Double.NaN, new double[0], new double[0]);
    }
}
