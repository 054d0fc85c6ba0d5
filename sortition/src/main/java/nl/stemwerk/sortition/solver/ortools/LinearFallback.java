package nl.stemwerk.sortition.solver.ortools;

import java.time.Duration;
import java.util.List;

import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;

import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolveStatus;

/**
 * What a linear solve does when the solver gives no answer in time (or ends ABNORMAL): solve the same model once
 * more, from scratch, without the basis of the solves before. GLOP's warm start after added rows has ended
 * ABNORMAL on a model it solved fine from scratch (seen on the Sortition Foundation fixture).
 *
 * @param timeLimit      how long the model's own solver may take per solve
 * @param solver         the solver for the solve from scratch
 * @param fallbackLimit  how long the solve from scratch may take; after that the solve counts as failed
 */
record LinearFallback(Duration timeLimit, MPModelRequest.SolverType solver, Duration fallbackLimit) {

    Solution solve(MPModelProto model) {
        MPModelRequest request = MPModelRequest.newBuilder()
                .setModel(model)
                .setSolverType(solver)
                .setSolverTimeLimitSeconds(fallbackLimit.toMillis() / 1000.0)
                .build();
        MPSolutionResponse response = MPSolver.solveWithProto(request);
        return switch (response.getStatus()) {
            case MPSOLVER_OPTIMAL -> new Solution(SolveStatus.OPTIMAL, response.getObjectiveValue(),
                    toArray(response.getVariableValueList()), toArray(response.getDualValueList()));
            case MPSOLVER_INFEASIBLE -> Solution.without(SolveStatus.INFEASIBLE);
            case MPSOLVER_UNBOUNDED -> Solution.without(SolveStatus.UNBOUNDED);
            default -> Solution.without(SolveStatus.FAILED);
        };
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
