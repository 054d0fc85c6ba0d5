package nl.stemwerk.kieswet.check;

import static nl.stemwerk.kieswet.entry.Fields.COUNTING_DIFFERENCE_EXPLAINED;
import static nl.stemwerk.kieswet.entry.Fields.COUNTING_DIFFERENCE_PER_LIST;
import static nl.stemwerk.kieswet.entry.Fields.EXTRA_INVESTIGATION_BALLOTS_RECOUNTED;
import static nl.stemwerk.kieswet.entry.Fields.EXTRA_INVESTIGATION_OTHER_REASON;

import java.util.List;
import nl.stemwerk.kieswet.entry.CountingDifferencesSection;
import nl.stemwerk.kieswet.entry.ExtraInvestigationSection;

/** The yes/no questions of sections B1-1 and B1-2 of model Na 31-2 Bijlage 1 (F.101, F.102, F.111, F.112). */
final class QuestionsCheck {
    private QuestionsCheck() {
    }

    /** B1-1 is only filled in after an extra investigation, so both questions or neither must be answered. */
    static void extraInvestigation(ExtraInvestigationSection section, List<CheckResult> out) {
        if (section.otherReason().isEmpty() != section.ballotsRecounted().isEmpty()) {
            out.add(CheckResult.of(CheckCode.F101, EXTRA_INVESTIGATION_OTHER_REASON,
                    EXTRA_INVESTIGATION_BALLOTS_RECOUNTED));
        }
        if (section.otherReason().isBoth() || section.ballotsRecounted().isBoth()) {
            out.add(CheckResult.of(CheckCode.F102, EXTRA_INVESTIGATION_OTHER_REASON,
                    EXTRA_INVESTIGATION_BALLOTS_RECOUNTED));
        }
    }

    /** B1-2 must always be answered, once per question. */
    static void countingDifferences(CountingDifferencesSection section, List<CheckResult> out) {
        if (section.differenceExplained().isEmpty() || section.differencePerList().isEmpty()) {
            out.add(CheckResult.of(CheckCode.F111, COUNTING_DIFFERENCE_EXPLAINED, COUNTING_DIFFERENCE_PER_LIST));
        }
        if (section.differenceExplained().isBoth() || section.differencePerList().isBoth()) {
            out.add(CheckResult.of(CheckCode.F112, COUNTING_DIFFERENCE_EXPLAINED, COUNTING_DIFFERENCE_PER_LIST));
        }
    }
}
