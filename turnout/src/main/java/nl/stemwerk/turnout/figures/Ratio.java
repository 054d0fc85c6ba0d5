package nl.stemwerk.turnout.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exact share such as 36,015 of 70,563. Kept as two counts so that nothing is rounded until it is shown.
 *
 * @param part  the counted part, 0 or more
 * @param whole the whole, more than 0
 */
public record Ratio(long part, long whole) {
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public Ratio {
        if (whole <= 0) {
            throw new IllegalArgumentException("whole must be > 0, was " + whole);
        }
        if (part < 0) {
            throw new IllegalArgumentException("part must be >= 0, was " + part);
        }
    }

    public double value() {
        return (double) part / whole;
    }

    /** The exact quotient to 16 significant digits. */
    public BigDecimal exact() {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), PRECISION);
    }

    /** As a percentage with {@code decimals} decimals, rounded half up: 36015/70563 → 51.04 (2 decimals). */
    public BigDecimal percent(int decimals) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }

    /** Dutch notation with one decimal: "51,0%". */
    public String dutchPercent() {
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.of("nl", "NL")));
        return format.format(percent(1)) + "%";
    }

    public boolean exceedsOne() {
        return part > whole;
    }
}
