package nl.stemwerk.kieswet.totalling;

import java.util.List;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotesCounts;

/** Results can only be added or corrected when they have the same lists with the same candidates. */
final class Shapes {
    private Shapes() {
    }

    static void requireSameLists(PollingStationResults expected, PollingStationResults actual) {
        if (!listNumbers(expected).equals(listNumbers(actual))
                || !candidateCounts(expected).equals(candidateCounts(actual))) {
            throw new TotallingException(TotallingError.LISTS_DO_NOT_MATCH, "Stembureau "
                    + actual.pollingStationNumber() + " heeft andere lijsten of kandidaten dan stembureau "
                    + expected.pollingStationNumber() + ".");
        }
    }

    static long listTotal(PollingStationResults results, int listNumber) {
        return results.votes().politicalGroupTotalVotes().stream().filter(t -> t.number() == listNumber)
                .mapToLong(VotesCounts.PoliticalGroupTotal::total).findFirst()
                .orElseThrow(() -> missing(results, listNumber));
    }

    static CandidateVotes candidateVotes(PollingStationResults results, int listNumber) {
        return results.candidateVotes().stream().filter(c -> c.politicalGroupNumber() == listNumber).findFirst()
                .orElseThrow(() -> missing(results, listNumber));
    }

    private static TotallingException missing(PollingStationResults results, int listNumber) {
        return new TotallingException(TotallingError.LISTS_DO_NOT_MATCH,
                "Lijst " + listNumber + " ontbreekt bij stembureau " + results.pollingStationNumber() + ".");
    }

    private static List<Integer> listNumbers(PollingStationResults results) {
        return results.votes().politicalGroupTotalVotes().stream().map(VotesCounts.PoliticalGroupTotal::number)
                .toList();
    }

    private static List<List<Integer>> candidateCounts(PollingStationResults results) {
        return results.candidateVotes().stream()
                .map(c -> List.of(c.politicalGroupNumber(), c.candidateVotes().size())).toList();
    }
}
