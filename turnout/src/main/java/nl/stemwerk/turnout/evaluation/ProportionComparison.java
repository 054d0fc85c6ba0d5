package nl.stemwerk.turnout.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import nl.stemwerk.turnout.figures.Ratio;

/**
 * Two shares compared.
 *
 * @param before                 the share in the first election
 * @param after                  the share in the second election
 * @param changePercentagePoints after − before, in percentage points, two decimals
 * @param z                      the two-proportion z statistic (pooled); 0 when the test does not apply
 * @param verdict                what may be concluded
 * @param explanation            plain Dutch
 */
public record ProportionComparison(Ratio before, Ratio after, BigDecimal changePercentagePoints, double z,
                                   Verdict verdict, String explanation) {
    public ProportionComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(changePercentagePoints, "changePercentagePoints");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
    }
}
