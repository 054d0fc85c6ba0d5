package nl.stemwerk.kieswet.check;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.entry.CandidateVotesSection;
import nl.stemwerk.kieswet.entry.CsbDifferencesSection;
import nl.stemwerk.kieswet.entry.DifferencesSection;
import nl.stemwerk.kieswet.entry.Fields;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * Runs the checks that apply to an entry, section by section in form order, and returns the codes with the fields
 * involved. Integer arithmetic only.
 */
public final class EntryChecks {
    private EntryChecks() {
    }

    public static CheckResults check(ReportEntry entry) {
        List<CheckResult> out = new ArrayList<>();
        switch (entry) {
            case ReportEntry.GsbCsoEntry cso -> {
                QuestionsCheck.extraInvestigation(cso.extraInvestigation(), out);
                QuestionsCheck.countingDifferences(cso.countingDifferences(), out);
                municipal(cso, cso.differences(), out);
            }
            case ReportEntry.GsbDsoEntry dso -> municipal(dso, dso.differences(), out);
            case ReportEntry.CsbEntry csb -> {
                eligibleVoters(csb, out);
                common(csb, out);
                DifferencesCheck.central(csb.differences(), admitted(csb), counted(csb), out);
            }
        }
        for (CandidateVotesSection list : entry.candidateVotes()) {
            CandidateVotesCheck.check(list, entry.votes(), out);
        }
        return CheckResults.of(out);
    }

    /**
     * Only whether the numbers add up, whatever the form: A + B + C = D (F.201), the votes (F.202–F.204),
     * D = H − I + J (F.312) and each list against its candidates and E.x (F.401–F.403). For a stored or corrected
     * result, where the paper's tick boxes and questions no longer matter.
     */
    public static CheckResults sums(ReportEntry entry, CsbDifferencesSection differences) {
        List<CheckResult> out = new ArrayList<>();
        CountsCheck.voters(entry.voters(), out);
        CountsCheck.votes(entry.votes(), out);
        DifferencesCheck.central(differences, admitted(entry), counted(entry), out);
        for (CandidateVotesSection list : entry.candidateVotes()) {
            CandidateVotesCheck.check(list, entry.votes(), out);
        }
        return CheckResults.of(out);
    }

    private static void municipal(ReportEntry entry, DifferencesSection differences, List<CheckResult> out) {
        common(entry, out);
        CountsCheck.blankAndInvalidShare(entry.votes(), out);
        DifferencesCheck.municipal(differences, admitted(entry), counted(entry), out);
    }

    private static void common(ReportEntry entry, List<CheckResult> out) {
        CountsCheck.voters(entry.voters(), out);
        CountsCheck.votes(entry.votes(), out);
        CountsCheck.nothingCounted(entry.votes(), out);
    }

    /** W.205, and W.206 only when W.205 is not shown. */
    private static void eligibleVoters(ReportEntry.CsbEntry entry, List<CheckResult> out) {
        if (entry.eligibleVoters().isEmptyOrZero()) {
            out.add(CheckResult.of(CheckCode.W205, Fields.ELIGIBLE_VOTERS));
        } else if (entry.eligibleVoters().orZero() < entry.voters().pollCards().orZero()) {
            out.add(CheckResult.of(CheckCode.W206, Fields.ELIGIBLE_VOTERS));
        }
    }

    private static long admitted(ReportEntry entry) {
        return entry.voters().totalAdmitted().orZero();
    }

    private static long counted(ReportEntry entry) {
        return entry.votes().totalCast().orZero();
    }
}
