package nl.stemwerk.sortition.solver.ortools;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPModelProto;
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

    private final LinearFallback fallback;

    /**
     * @param fallback for a linear program, what to do when the solver stops without an answer or runs out of
     *                 time; null for an integer program
     */
    OrToolsModel(MPSolver solver, boolean integer, LinearFallback fallback) {
        this.solver = solver;
        this.integer = integer;
        this.fallback = fallback;
        solver.setNumThreads(1);
        if (fallback != null) {
            solver.setTimeLimit(fallback.timeLimit().toMillis());
            // Presolve rebuilds the model on every solve and so throws away the basis of the last one; without
            // it the master's solves after a few added rows took a quarter of the time on the sf_e-shaped pool.
            parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
                    MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
        }
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
        if (!answered(status) && fallback != null) {
            return fallback.solve(export());
        }
        if (!answered(status)) {
            // A warm start after changes occasionally ends ABNORMAL on a model that solves fine from scratch.
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

    /** FEASIBLE counts as no answer: for a linear program it means the time limit cut the solve short. */
    private static boolean answered(MPSolver.ResultStatus status) {
        return status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.INFEASIBLE
                || status == MPSolver.ResultStatus.UNBOUNDED;
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

    /** The model as OR-Tools' protocol buffer, for a solve from scratch. */
    MPModelProto export() {
        return solver.exportModelToProto();
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
