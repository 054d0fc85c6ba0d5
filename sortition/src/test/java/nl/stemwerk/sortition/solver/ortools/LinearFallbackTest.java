package nl.stemwerk.sortition.solver.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.google.ortools.linearsolver.MPModelRequest.SolverType;

import nl.stemwerk.sortition.solver.Solution;
import nl.stemwerk.sortition.solver.SolveStatus;

class LinearFallbackTest {
    private static final LinearFallback FALLBACK = new LinearFallback(Duration.ofSeconds(1),
            SolverType.GLOP_LINEAR_PROGRAMMING, Duration.ofSeconds(10));

    /** maximise 3x + 2y subject to x + y <= 4, x + 3y <= 6, x <= 3: optimum 11 at (3, 1). */
    private static OrToolsModel textbookModel() {
        OrToolsModel model = (OrToolsModel) OrToolsBackend.standard().linearModel();
        model.addVariable(0, 3, false);
        model.addVariable(0, Double.POSITIVE_INFINITY, false);
        model.addConstraint(Double.NEGATIVE_INFINITY, 4, new int[] {0, 1}, new double[] {1, 1});
        model.addConstraint(Double.NEGATIVE_INFINITY, 6, new int[] {0, 1}, new double[] {1, 3});
        model.setObjective(new double[] {3, 2}, true);
        return model;
    }

    @Test
    void solvingFromScratchGivesTheSameOptimumAsTheModelItself() {
        try (OrToolsModel model = textbookModel()) {
            Solution own = model.solve();
            Solution fresh = FALLBACK.solve(model.export());

            assertThat(fresh.status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(fresh.objective()).isCloseTo(own.objective(), within(1e-9)).isCloseTo(11, within(1e-9));
            assertThat(fresh.value(0)).isCloseTo(3, within(1e-9));
            assertThat(fresh.value(1)).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void anInfeasibleModelStaysInfeasibleFromScratch() {
        try (OrToolsModel model = textbookModel()) {
            model.addConstraint(5, Double.POSITIVE_INFINITY, new int[] {0, 1}, new double[] {1, 1});

            assertThat(FALLBACK.solve(model.export()).status()).isEqualTo(SolveStatus.INFEASIBLE);
        }
    }
}
