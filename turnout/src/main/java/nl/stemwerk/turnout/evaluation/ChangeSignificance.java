package nl.stemwerk.turnout.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.internal.text.Dutch;

/**
 * Whether a share changed between two elections by more than chance. The rule:
 * <ol>
 *   <li>each election needs at least 10 who did and 10 who did not (x ≥ 10 and n − x ≥ 10); otherwise the
 *       normal approximation behind the test does not hold and the verdict is {@link Verdict#TOO_FEW};</li>
 *   <li>the pooled two-proportion z test: p = (x₁ + x₂) / (n₁ + n₂), z = (x₂/n₂ − x₁/n₁) /
 *       √(p (1 − p) (1/n₁ + 1/n₂));</li>
 *   <li>|z| ≥ 1.96 (5 % two-sided) is a clear change.</li>
 * </ol>
 * Election figures are a full count, not a sample; the test asks whether the change is larger than the
 * ups and downs that happen between elections anyway. Even a clear change does not prove that an
 * intervention caused it.
 */
public final class ChangeSignificance {
    static final int MINIMUM_COUNT = 10;
    static final double CRITICAL_Z = 1.96;

    private ChangeSignificance() {
    }

    public static ProportionComparison compare(Ratio before, Ratio after, Measure measure) {
        BigDecimal change = after.exact().subtract(before.exact()).multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP);
        String fromTo = "Van " + before.dutchPercent() + " naar " + after.dutchPercent() + " ("
                + (change.signum() > 0 ? "+" : "") + Dutch.decimal(change, 1) + " procentpunt).";
        if (tooFew(before) || tooFew(after)) {
            return new ProportionComparison(before, after, change, 0, Verdict.TOO_FEW, fromTo + " Dit zijn te kleine "
                    + "aantallen om iets te zeggen: in beide verkiezingen moeten minstens " + MINIMUM_COUNT
                    + " kiezers wel en " + MINIMUM_COUNT + " kiezers niet meetellen (" + measure.dutchName() + ": "
                    + Dutch.number(before.part()) + " van " + Dutch.number(before.whole()) + ", daarna "
                    + Dutch.number(after.part()) + " van " + Dutch.number(after.whole()) + ").");
        }
        double pooled = (double) (before.part() + after.part()) / (before.whole() + after.whole());
        double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / before.whole() + 1.0 / after.whole()));
        double z = (after.value() - before.value()) / error;
        if (Math.abs(z) < CRITICAL_Z) {
            return new ProportionComparison(before, after, change, z, Verdict.NO_CLEAR_CHANGE, fromTo
                    + " Zo'n verschil kan ook door toeval ontstaan. Het is dus geen duidelijke verandering.");
        }
        Verdict verdict = z > 0 ? Verdict.CLEAR_INCREASE : Verdict.CLEAR_DECREASE;
        return new ProportionComparison(before, after, change, z, verdict, fromTo + " Dat is meer dan toeval: een "
                + "duidelijke " + (z > 0 ? "stijging" : "daling") + ". Dat bewijst nog niet dat een maatregel de "
                + "oorzaak is; ook de soort verkiezing en het nieuws spelen mee.");
    }

    private static boolean tooFew(Ratio share) {
        return share.part() < MINIMUM_COUNT || share.whole() - share.part() < MINIMUM_COUNT;
    }
}
