package nl.stemwerk.kieswet.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** {@link Fraction} against plain {@link BigInteger} arithmetic. */
class FractionProperties {

    @Property
    void comparingAgreesWithCrossMultiplication(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                                @ForAll @LongRange(min = 1, max = 1_000_000) long b,
                                                @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long c,
                                                @ForAll @LongRange(min = 1, max = 1_000_000) long d) {
        int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
                .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));

        assertThat(Integer.signum(Fraction.of(a, b).compareTo(Fraction.of(c, d)))).isEqualTo(expected);
    }

    @Property
    void arithmeticIsExact(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long a,
                           @ForAll @LongRange(min = 1, max = 1_000) long b,
                           @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long c,
                           @ForAll @LongRange(min = 1, max = 1_000) long d) {
        Fraction x = Fraction.of(a, b);
        Fraction y = Fraction.of(c, d);

        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.times(y)).isEqualTo(Fraction.of(a * c, b * d));
        if (c != 0) {
            assertThat(x.times(y).dividedBy(y)).isEqualTo(x);
        }
        assertThat(BigInteger.valueOf(x.floor())).isEqualTo(floorDiv(a, b));
    }

    @Property
    void aFractionIsAlwaysInLowestTermsWithAPositiveDenominator(
            @ForAll @LongRange(min = -Long.MAX_VALUE) long a, @ForAll @LongRange(min = 1) long b) {
        Fraction f = Fraction.of(a, -b);

        assertThat(f.denominator()).isPositive();
        assertThat(BigInteger.valueOf(f.numerator()).gcd(BigInteger.valueOf(f.denominator())))
                .isEqualTo(BigInteger.ONE);
        assertThat(BigInteger.valueOf(f.numerator()).multiply(BigInteger.valueOf(b)))
                .isEqualTo(BigInteger.valueOf(-a).multiply(BigInteger.valueOf(f.denominator())));
    }

    @Example
    void overflowIsRefusedRatherThanWrong() {
        Fraction big = Fraction.of(Long.MAX_VALUE / 2, 1);

        assertThatThrownBy(() -> big.times(4)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Example
    void mixedNumbersAndDutchDecimalsAreWrittenAsTheKiesraadDoes() {
        assertThat(Fraction.of(2837, 15)).hasToString("189 2/15");
        assertThat(Fraction.of(-1, 2)).hasToString("-1/2");
        assertThat(Fraction.of(2837, 15).toDutchDecimal(2)).isEqualTo("189,13");
        assertThat(Fraction.of(1, 200).toDutchDecimal(2)).isEqualTo("0,01");
        assertThat(Fraction.of(-5, 2).toDutchDecimal(0)).isEqualTo("-3");
    }

    private static BigInteger floorDiv(long a, long b) {
        BigInteger[] qr = BigInteger.valueOf(a).divideAndRemainder(BigInteger.valueOf(b));
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
