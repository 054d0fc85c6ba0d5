package nl.stemwerk.sortition.solver.ortools;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolveStatus;

/** One MPSolver model. Not thread-safe; one algorithm run owns it. */
public final class OrToolsModel implements MathModel {
    private final MPSolver solver;
    private final MPSolverParameters parameters = new MPSolverParameters();
    private final List<MPVariable> variables = new ArrayList<>();
    private final List<MPConstraint> constraints = new ArrayList<>();
    private final boolean integer;

    public static String EXTRA = "";
    OrToolsModel(MPSolver solver, boolean integer) {
        this.solver = solver;
        this.integer = integer;
        solver.setNumThreads(1);
        if (!integer && EXTRA.contains("nopresolve")) parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE, MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
        if (!integer && EXTRA.contains("dual")) parameters.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM, MPSolverParameters.LpAlgorithmValues.DUAL.swigValue());
        if (!integer && EXTRA.contains("primal")) parameters.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM, MPSolverParameters.LpAlgorithmValues.PRIMAL.swigValue());
        if (integer) {
            // MPSolver's default relative gap of 1e-4 would stop pricing before the optimum; column generation
            // needs the true maximum to prove that no better panel exists.
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        }
    }

    @Override
    public int addVariable(double lower, double upper, boolean integer) {
        variables.add(solver.makeVar(bound(lower), bound(upper), integer, ""));
        return variables.size() - 1;
    }

    @Override
    public int addConstraint(double lower, double upper, int[] indices, double[] coefficients) {
        MPConstraint constraint = solver.makeConstraint(bound(lower), bound(upper));
        for (int j = 0; j < indices.length; j++) {
            constraint.setCoefficient(variables.get(indices[j]), coefficients[j]);
        }
        constraints.add(constraint);
        return constraints.size() - 1;
    }

    @Override
    public void setCoefficient(int constraint, int variable, double coefficient) {
        constraints.get(constraint).setCoefficient(variables.get(variable), coefficient);
    }

    @Override
    public void setVariableBounds(int variable, double lower, double upper) {
        variables.get(variable).setBounds(bound(lower), bound(upper));
    }

    @Override
    public void setObjective(double[] coefficients, boolean maximise) {
        MPObjective objective = solver.objective();
        for (int j = 0; j < coefficients.length; j++) {
            objective.setCoefficient(variables.get(j), coefficients[j]);
        }
        objective.setOptimizationDirection(maximise);
    }

    @Override
    public Solution solve() {
        MPSolver.ResultStatus status = solver.solve(parameters);
        if (status == MPSolver.ResultStatus.ABNORMAL || status == MPSolver.ResultStatus.NOT_SOLVED) {
            // GLOP's warm start after added rows occasionally ends ABNORMAL on a model it solves fine from
            // scratch (seen on the Sortition Foundation fixture), so retry once without the old state.
            solver.reset();
            status = solver.solve(parameters);
        }
        return switch (status) {
            case OPTIMAL -> new Solution(SolveStatus.OPTIMAL, solver.objective().value(), values(), duals());
            case INFEASIBLE -> Solution.without(SolveStatus.INFEASIBLE);
            case UNBOUNDED -> Solution.without(SolveStatus.UNBOUNDED);
            default -> Solution.without(SolveStatus.FAILED);
        };
    }

    private double[] duals() {
        if (integer) {
            return new double[0];
        }
        double[] duals = new double[constraints.size()];
        for (int j = 0; j < duals.length; j++) {
            duals[j] = constraints.get(j).dualValue();
        }
        return duals;
    }

    private double[] values() {
        double[] values = new double[variables.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = variables.get(j).solutionValue();
        }
        return values;
    }

    @Override
    public int variableCount() {
        return variables.size();
    }

    @Override
    public void close() {
        solver.delete();
    }

    private static double bound(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return MPSolver.infinity();
        }
        return value == Double.NEGATIVE_INFINITY ? -MPSolver.infinity() : value;
    }
}
