package nl.stemwerk.kieswet.check;

import static nl.stemwerk.kieswet.entry.Fields.D;
import static nl.stemwerk.kieswet.entry.Fields.DIFFERENCE_EXPLAINED;
import static nl.stemwerk.kieswet.entry.Fields.D_EQUALS_H;
import static nl.stemwerk.kieswet.entry.Fields.H;
import static nl.stemwerk.kieswet.entry.Fields.H_LESS_THAN_D;
import static nl.stemwerk.kieswet.entry.Fields.H_MORE_THAN_D;
import static nl.stemwerk.kieswet.entry.Fields.I;
import static nl.stemwerk.kieswet.entry.Fields.J;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.entry.CsbDifferencesSection;
import nl.stemwerk.kieswet.entry.DifferencesSection;
import nl.stemwerk.kieswet.entry.YesNo;

/**
 * The difference between admitted voters (D) and ballots counted (H): F.301–F.310 and W.203 for the municipal
 * committee, F.312 for the central committee. "Filled in" means a number other than 0, as in the Kiesraad's
 * software: an explicit 0 in I or J is not a mistake.
 */
final class DifferencesCheck {
    private DifferencesCheck() {
    }

    static void municipal(DifferencesSection section, long admitted, long counted, List<CheckResult> out) {
        compareBoxes(section, admitted, counted, out);
        long more = section.moreBallots().orZero();
        long fewer = section.fewerBallots().orZero();
        if (admitted == counted && (more != 0 || fewer != 0)) {
            List<String> fields = new ArrayList<>();
            if (more != 0) {
                fields.add(I);
            }
            if (fewer != 0) {
                fields.add(J);
            }
            out.add(CheckResult.of(CheckCode.F305, fields));
        }
        if (counted > admitted) {
            if (more != counted - admitted) {
                out.add(CheckResult.of(CheckCode.F306, I));
            }
            if (fewer != 0) {
                out.add(CheckResult.of(CheckCode.F307, I, J));
            }
        }
        if (counted < admitted) {
            if (fewer != admitted - counted) {
                out.add(CheckResult.of(CheckCode.F308, J));
            }
            if (more != 0) {
                out.add(CheckResult.of(CheckCode.F309, I, J));
            }
        }
        YesNo explained = section.differenceExplained();
        if (admitted != counted && (explained.isEmpty() || explained.isBoth())) {
            out.add(CheckResult.of(CheckCode.F310, DIFFERENCE_EXPLAINED));
        }
        if (largeDifference(admitted, counted)) {
            out.add(CheckResult.of(CheckCode.W203, D, H));
        }
    }

    private static void compareBoxes(DifferencesSection section, long admitted, long counted, List<CheckResult> out) {
        if (section.equalTicked() && admitted != counted) {
            out.add(CheckResult.of(CheckCode.F301, D_EQUALS_H));
        }
        if (section.moreTicked() && counted <= admitted) {
            out.add(CheckResult.of(CheckCode.F302, H_MORE_THAN_D));
        }
        if (section.fewerTicked() && counted >= admitted) {
            out.add(CheckResult.of(CheckCode.F303, H_LESS_THAN_D));
        }
        int ticked = (section.equalTicked() ? 1 : 0) + (section.moreTicked() ? 1 : 0) + (section.fewerTicked() ? 1 : 0);
        if (ticked != 1) {
            out.add(CheckResult.of(CheckCode.F304, D_EQUALS_H, H_MORE_THAN_D, H_LESS_THAN_D));
        }
    }

    /**
     * W.203: |D − H| is at least 2% of H, or at least 15. In whole numbers: 50 × |D − H| ≥ H with a difference,
     * or |D − H| ≥ 15.
     */
    static boolean largeDifference(long admitted, long counted) {
        long difference = Math.abs(Math.subtractExact(admitted, counted));
        return difference > 0 && Math.multiplyExact(difference, 50) >= counted || difference >= 15;
    }

    /** F.312: D = H − I + J, the municipality's differences must explain its totals. */
    static void central(CsbDifferencesSection section, long admitted, long counted, List<CheckResult> out) {
        long expected = Math.addExact(Math.subtractExact(counted, section.moreBallots().orZero()),
                section.fewerBallots().orZero());
        if (admitted != expected) {
            out.add(CheckResult.of(CheckCode.F312, I, J));
        }
    }
}
