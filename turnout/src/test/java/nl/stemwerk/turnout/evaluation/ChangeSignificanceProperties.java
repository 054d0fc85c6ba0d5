package nl.stemwerk.turnout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.stemwerk.turnout.figures.Ratio;

class ChangeSignificanceProperties {

    @Property
    void swappingTheElectionsFlipsTheSignOfZ(@ForAll @LongRange(min = 0, max = 10_000) long x1,
                                              @ForAll @LongRange(min = 1, max = 10_000) long n1,
                                              @ForAll @LongRange(min = 0, max = 10_000) long x2,
                                              @ForAll @LongRange(min = 1, max = 10_000) long n2) {
        Assume.that(x1 <= n1 && x2 <= n2);
        ProportionComparison forward = ChangeSignificance.compare(new Ratio(x1, n1), new Ratio(x2, n2), Measure.TURNOUT);
        ProportionComparison backward = ChangeSignificance.compare(new Ratio(x2, n2), new Ratio(x1, n1), Measure.TURNOUT);

        assertThat(backward.z()).isCloseTo(-forward.z(), within(1e-9));
        assertThat(backward.verdict() == Verdict.TOO_FEW).isEqualTo(forward.verdict() == Verdict.TOO_FEW);
    }

    @Property
    void fewerThanTenOnEitherSideIsAlwaysTooFew(@ForAll @LongRange(min = 0, max = 10_000) long x1,
                                                @ForAll @LongRange(min = 1, max = 10_000) long n1,
                                                @ForAll @LongRange(min = 0, max = 10_000) long x2,
                                                @ForAll @LongRange(min = 1, max = 10_000) long n2) {
        Assume.that(x1 <= n1 && x2 <= n2);
        boolean small = x1 < 10 || n1 - x1 < 10 || x2 < 10 || n2 - x2 < 10;

        Verdict verdict = ChangeSignificance.compare(new Ratio(x1, n1), new Ratio(x2, n2), Measure.PROXY_SHARE).verdict();

        assertThat(verdict == Verdict.TOO_FEW).isEqualTo(small);
    }

    @Property
    void theSameShareTwiceIsNeverAClearChange(@ForAll @LongRange(min = 10, max = 10_000) long x,
                                              @ForAll @LongRange(min = 1, max = 5) long factor) {
        Ratio once = new Ratio(x, 2 * x + 10);
        Ratio scaled = new Ratio(x * factor, (2 * x + 10) * factor);

        assertThat(ChangeSignificance.compare(once, scaled, Measure.TURNOUT).verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
    }
}
