package nl.stemwerk.kieswet.check;

import java.util.List;
import nl.stemwerk.kieswet.entry.CandidateVotesSection;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.Fields;
import nl.stemwerk.kieswet.entry.VotesSection;

/** The votes per candidate of each list against the list total and E.x: F.401–F.403. */
final class CandidateVotesCheck {
    private CandidateVotesCheck() {
    }

    /** F.402 and F.403 only when F.401 is not shown: an empty list total cannot be compared. */
    static void check(CandidateVotesSection list, VotesSection votes, List<CheckResult> out) {
        int number = list.listNumber();
        long candidates = list.sumOfCandidateVotes();
        Count listTotalE = votes.listTotal(number);
        String total = Fields.candidateListTotal(number);
        if ((candidates > 0 || listTotalE.orZero() > 0) && list.listTotal().isEmptyOrZero()) {
            out.add(CheckResult.forList(CheckCode.F401, number, total));
            return;
        }
        if (list.listTotal().orZero() != candidates) {
            out.add(CheckResult.forList(CheckCode.F402, number, total));
        }
        if (list.listTotal().orZero() != listTotalE.orZero()) {
            out.add(CheckResult.forList(CheckCode.F403, number, total, Fields.listTotal(number)));
        }
    }
}
