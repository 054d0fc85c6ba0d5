package nl.stemwerk.kieswet.check;

import static nl.stemwerk.kieswet.entry.Fields.A;
import static nl.stemwerk.kieswet.entry.Fields.B;
import static nl.stemwerk.kieswet.entry.Fields.C;
import static nl.stemwerk.kieswet.entry.Fields.D;
import static nl.stemwerk.kieswet.entry.Fields.E;
import static nl.stemwerk.kieswet.entry.Fields.F;
import static nl.stemwerk.kieswet.entry.Fields.G;
import static nl.stemwerk.kieswet.entry.Fields.H;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.Fields;
import nl.stemwerk.kieswet.entry.VotersSection;
import nl.stemwerk.kieswet.entry.VotesSection;

/** Admitted voters and ballots counted: F.201–F.204, W.201, W.202, W.204. Empty boxes count as 0. */
final class CountsCheck {
    private CountsCheck() {
    }

    static void voters(VotersSection voters, List<CheckResult> out) {
        long sum = Math.addExact(Math.addExact(voters.pollCards().orZero(), voters.proxyCertificates().orZero()),
                voters.voterCards().orZero());
        if (sum != voters.totalAdmitted().orZero()) {
            List<String> fields = new ArrayList<>(List.of(A, B));
            if (!voters.voterCards().isEmpty()) {
                fields.add(C);
            }
            fields.add(D);
            out.add(CheckResult.of(CheckCode.F201, fields));
        }
    }

    /** F.202 and F.203 only when F.204 is not shown: with E empty, the sums say nothing new. */
    static void votes(VotesSection votes, List<CheckResult> out) {
        long listTotals = votes.sumOfListTotals();
        if (listTotals > 0 && votes.votesOnCandidates().isEmptyOrZero()) {
            out.add(CheckResult.of(CheckCode.F204, E));
            return;
        }
        if (listTotals != votes.votesOnCandidates().orZero()) {
            List<String> fields = new ArrayList<>();
            votes.listTotals().forEach(t -> fields.add(Fields.listTotal(t.listNumber())));
            fields.add(E);
            out.add(CheckResult.of(CheckCode.F202, fields));
        }
        long sum = Math.addExact(Math.addExact(votes.votesOnCandidates().orZero(), votes.blank().orZero()),
                votes.invalid().orZero());
        if (sum != votes.totalCast().orZero()) {
            out.add(CheckResult.of(CheckCode.F203, E, F, G, H));
        }
    }

    /** W.201 and W.202, for the municipal committee's entries. */
    static void blankAndInvalidShare(VotesSection votes, List<CheckResult> out) {
        if (atLeastThreePercent(votes.blank(), votes.totalCast())) {
            out.add(CheckResult.of(CheckCode.W201, F));
        }
        if (atLeastThreePercent(votes.invalid(), votes.totalCast())) {
            out.add(CheckResult.of(CheckCode.W202, G));
        }
    }

    static void nothingCounted(VotesSection votes, List<CheckResult> out) {
        if (votes.totalCast().isEmptyOrZero()) {
            out.add(CheckResult.of(CheckCode.W204, H));
        }
    }

    /** value ≥ ⌈total × 3 / 100⌉, in whole numbers; never when both are 0. */
    static boolean atLeastThreePercent(Count value, Count total) {
        if (value.orZero() == 0 && total.orZero() == 0) {
            return false;
        }
        long threshold = Math.ceilDiv(Math.multiplyExact(total.orZero(), 3), 100);
        return value.orZero() >= threshold;
    }
}
