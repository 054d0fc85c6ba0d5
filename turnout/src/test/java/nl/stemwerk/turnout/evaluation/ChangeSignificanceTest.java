package nl.stemwerk.turnout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.stemwerk.turnout.figures.Ratio;
import org.junit.jupiter.api.Test;

class ChangeSignificanceTest {

    /**
     * 500 of 1,000 then 550 of 1,000: p = 1,050 / 2,000 = 0.525; standard error √(0.525 × 0.475 × 0.002) =
     * 0.022332; z = 0.05 / 0.022332 = 2.239 ≥ 1.96, a clear increase of 5 percentage points.
     */
    @Test
    void fivePointsOnAThousandVotersIsAClearIncrease() {
        ProportionComparison result = ChangeSignificance.compare(new Ratio(500, 1_000), new Ratio(550, 1_000),
                Measure.TURNOUT);

        assertThat(result.z()).isCloseTo(2.239, within(0.001));
        assertThat(result.verdict()).isEqualTo(Verdict.CLEAR_INCREASE);
        assertThat(result.changePercentagePoints()).isEqualByComparingTo("5.00");
        assertThat(result.explanation()).startsWith("Van 50,0% naar 55,0% (+5,0 procentpunt).")
                .contains("duidelijke stijging").contains("bewijst nog niet");
    }

    /** The same five points on 100 voters: se = √(0.525 × 0.475 × 0.02) = 0.070622, z = 0.708: chance. */
    @Test
    void theSameFivePointsOnAHundredVotersIsNoClearChange() {
        ProportionComparison result = ChangeSignificance.compare(new Ratio(50, 100), new Ratio(55, 100), Measure.TURNOUT);

        assertThat(result.z()).isCloseTo(0.708, within(0.001));
        assertThat(result.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
        assertThat(result.explanation()).contains("toeval");
    }

    /** 9 of 40 early voters: fewer than 10 did, so the test does not apply, whatever the change. */
    @Test
    void fewerThanTenOnOneSideIsTooFewToSayAnything() {
        ProportionComparison result = ChangeSignificance.compare(new Ratio(9, 40), new Ratio(30, 40),
                Measure.EARLY_VOTING_SHARE);

        assertThat(result.verdict()).isEqualTo(Verdict.TOO_FEW);
        assertThat(result.z()).isZero();
        assertThat(result.explanation()).contains("te kleine aantallen").contains("9 van 40");
    }

    @Test
    void exactlyTenOnEachSideIsEnough() {
        ProportionComparison result = ChangeSignificance.compare(new Ratio(10, 20), new Ratio(10, 20), Measure.PROXY_SHARE);

        assertThat(result.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
        assertThat(result.z()).isZero();
    }
}
