package nl.stemwerk.kieswet.apportionment;

/**
 * An exact rational number on {@code long}, always in lowest terms with a positive denominator.
 * Every operation checks for overflow and throws {@link ArithmeticException} rather than give a wrong answer;
 * the input limits of {@link ApportionmentInput} keep seat allocation far below that point.
 *
 * @param numerator   the numerator, carrying the sign
 * @param denominator the denominator, always at least 1
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    /** Normalises to lowest terms; a zero denominator is refused. */
    public Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("Noemer van een breuk kan niet 0 zijn");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long divisor = gcd(Math.absExact(numerator), denominator);
        if (divisor > 1) {
            numerator /= divisor;
            denominator /= divisor;
        }
    }

    public static Fraction of(long whole) {
        return new Fraction(whole, 1);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    public Fraction plus(Fraction other) {
        long common = lcm(denominator, other.denominator);
        return new Fraction(Math.addExact(Math.multiplyExact(numerator, common / denominator),
                Math.multiplyExact(other.numerator, common / other.denominator)), common);
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction negate() {
        return new Fraction(Math.negateExact(numerator), denominator);
    }

    public Fraction times(Fraction other) {
        // cross-cancel first so that intermediate products stay small
        long g1 = gcd(Math.absExact(numerator), other.denominator);
        long g2 = gcd(Math.absExact(other.numerator), denominator);
        return new Fraction(Math.multiplyExact(numerator / g1, other.numerator / g2),
                Math.multiplyExact(denominator / g2, other.denominator / g1));
    }

    public Fraction times(long factor) {
        return times(of(factor));
    }

    public Fraction dividedBy(Fraction other) {
        if (other.numerator == 0) {
            throw new ArithmeticException("Delen door 0 kan niet");
        }
        return times(new Fraction(other.denominator, other.numerator));
    }

    public Fraction dividedBy(long divisor) {
        return dividedBy(of(divisor));
    }

    /** The largest whole number not above this fraction. */
    public long floor() {
        return Math.floorDiv(numerator, denominator);
    }

    public boolean isZero() {
        return numerator == 0;
    }

    public boolean isWhole() {
        return denominator == 1;
    }

    @Override
    public int compareTo(Fraction other) {
        if (denominator == other.denominator) {
            return Long.compare(numerator, other.numerator);
        }
        return Long.compare(Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator));
    }

    /** Compares with a whole number without creating a fraction. */
    public int compareTo(long whole) {
        return Long.compare(numerator, Math.multiplyExact(whole, denominator));
    }

    public boolean greaterThan(Fraction other) {
        return compareTo(other) > 0;
    }

    public boolean lessThan(Fraction other) {
        return compareTo(other) < 0;
    }

    /** Written as a mixed number the way the Kiesraad prints it: {@code 340 4/15}, {@code 17}, {@code -1/2}. */
    @Override
    public String toString() {
        if (denominator == 1) {
            return Long.toString(numerator);
        }
        long whole = numerator / denominator;
        long rest = Math.abs(numerator % denominator);
        if (whole == 0) {
            return (numerator < 0 ? "-" : "") + rest + "/" + denominator;
        }
        return whole + " " + rest + "/" + denominator;
    }

    /**
     * Rounded to {@code decimals} places, half away from zero, with a Dutch decimal comma: {@code 340,27}.
     * Only for reading; rules always compare the exact fraction.
     */
    public String toDutchDecimal(int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale = Math.multiplyExact(scale, 10);
        }
        long scaledTwice = Math.multiplyExact(Math.absExact(numerator), Math.multiplyExact(scale, 2));
        long rounded = (scaledTwice / denominator + 1) / 2;
        String digits = Long.toString(rounded);
        String sign = numerator < 0 && rounded != 0 ? "-" : "";
        if (decimals == 0) {
            return sign + digits;
        }
        String padded = "0".repeat(Math.max(0, decimals + 1 - digits.length())) + digits;
        int point = padded.length() - decimals;
        return sign + padded.substring(0, point) + "," + padded.substring(point);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    private static long lcm(long a, long b) {
        return Math.multiplyExact(a / gcd(a, b), b);
    }
}
