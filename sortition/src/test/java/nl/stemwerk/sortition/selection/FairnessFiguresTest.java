package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class FairnessFiguresTest {

    @Test
    void equalProbabilitiesHaveGiniZeroAndTheirOwnGeometricMean() {
        FairnessFigures figures = FairnessFigures.of(List.of(0.2, 0.2, 0.2, 0.2));

        assertThat(figures.gini()).isCloseTo(0, within(1e-12));
        assertThat(figures.geometricMean()).isCloseTo(0.2, within(1e-12));
        assertThat(figures.minimum()).isEqualTo(0.2);
    }

    @Test
    void giniIsHalfTheMeanAbsoluteDifferenceOverTheMean() {
        // Pairs |x_i - x_j| over all 16 ordered pairs of (0.1, 0.2, 0.3, 0.4) sum to 2.0; mean 0.25:
        // G = 2.0 / (2 * 16 * 0.25) = 0.25.
        FairnessFigures figures = FairnessFigures.of(List.of(0.4, 0.1, 0.3, 0.2));

        assertThat(figures.gini()).isCloseTo(0.25, within(1e-12));
        assertThat(figures.geometricMean()).isCloseTo(Math.pow(0.1 * 0.2 * 0.3 * 0.4, 0.25), within(1e-12));
        assertThat(figures.mean()).isCloseTo(0.25, within(1e-12));
        assertThat(figures.maximum()).isEqualTo(0.4);
    }

    @Test
    void anyoneWithoutAChanceMakesTheGeometricMeanZero() {
        assertThat(FairnessFigures.of(List.of(0.0, 0.5, 0.5)).geometricMean()).isZero();
    }
}
