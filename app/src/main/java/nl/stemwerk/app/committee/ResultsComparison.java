package nl.stemwerk.app.committee;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotesCounts;

/** Two counts of the same area side by side: which figures differ, in Dutch, with both values. */
final class ResultsComparison {
    private ResultsComparison() {
    }

    /**
     * @param expected what the GSB adopted
     * @param actual   what the CSB entered
     */
    static List<String> differences(PollingStationResults expected, PollingStationResults actual) {
        List<String> out = new ArrayList<>();
        compare(out, "A", expected.voters().pollCardCount(), actual.voters().pollCardCount());
        compare(out, "B", expected.voters().proxyCertificateCount(), actual.voters().proxyCertificateCount());
        compare(out, "D", expected.voters().totalAdmittedVotersCount(), actual.voters().totalAdmittedVotersCount());
        for (VotesCounts.PoliticalGroupTotal line : expected.votes().politicalGroupTotalVotes()) {
            long entered = actual.votes().politicalGroupTotalVotes().stream().filter(t -> t.number() == line.number())
                    .mapToLong(VotesCounts.PoliticalGroupTotal::total).findFirst().orElse(0);
            compare(out, "E." + line.number(), line.total(), entered);
        }
        compare(out, "E", expected.votes().totalVotesCandidatesCount(), actual.votes().totalVotesCandidatesCount());
        compare(out, "F", expected.votes().blankVotesCount(), actual.votes().blankVotesCount());
        compare(out, "G", expected.votes().invalidVotesCount(), actual.votes().invalidVotesCount());
        compare(out, "H", expected.votes().totalVotesCastCount(), actual.votes().totalVotesCastCount());
        compare(out, "I", expected.differences().moreBallotsCount(), actual.differences().moreBallotsCount());
        compare(out, "J", expected.differences().fewerBallotsCount(), actual.differences().fewerBallotsCount());
        for (CandidateVotes list : expected.candidateVotes()) {
            CandidateVotes entered = actual.candidateVotes().stream()
                    .filter(c -> c.politicalGroupNumber() == list.politicalGroupNumber()).findFirst().orElse(null);
            for (int i = 0; i < list.candidateVotes().size(); i++) {
                long value = entered == null || i >= entered.candidateVotes().size() ? 0 : entered.candidateVotes().get(i);
                compare(out, "lijst " + list.politicalGroupNumber() + ", kandidaat " + (i + 1),
                        list.candidateVotes().get(i), value);
            }
        }
        return out;
    }

    private static void compare(List<String> out, String field, long gsb, long csb) {
        if (gsb != csb) {
            out.add(field + ": het GSB stelde " + gsb + " vast, het CSB voerde " + csb + " in.");
        }
    }
}
