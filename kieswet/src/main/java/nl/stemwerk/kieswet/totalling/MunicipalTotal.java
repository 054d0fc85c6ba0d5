package nl.stemwerk.kieswet.totalling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;

/**
 * The municipal electoral committee adds up the definitive results of all polling stations in its public session
 * (model Na 31-2). Every count is summed exactly; the D/H tick boxes belong to a single proces-verbaal and are not
 * part of a total.
 */
public final class MunicipalTotal {
    /** The station number of a municipal total. */
    public static final int TOTAL = 0;

    private MunicipalTotal() {
    }

    public static PollingStationResults of(List<PollingStationResults> stations) {
        if (stations.isEmpty()) {
            throw new TotallingException(TotallingError.NO_RESULTS, "Er zijn geen uitslagen om op te tellen.");
        }
        requireDistinctStations(stations);
        PollingStationResults first = stations.get(0);
        stations.forEach(s -> Shapes.requireSameLists(first, s));
        return new PollingStationResults(TOTAL, voters(stations), votes(stations), differences(stations),
                candidateVotes(stations));
    }

    private static VotersCounts voters(List<PollingStationResults> stations) {
        return new VotersCounts(sum(stations, s -> s.voters().pollCardCount()),
                sum(stations, s -> s.voters().proxyCertificateCount()),
                sum(stations, s -> s.voters().voterCardCount()),
                sum(stations, s -> s.voters().totalAdmittedVotersCount()));
    }

    private static long sum(List<PollingStationResults> stations, ToLongFunction<PollingStationResults> count) {
        long sum = 0;
        for (PollingStationResults station : stations) {
            sum = Math.addExact(sum, count.applyAsLong(station));
        }
        return sum;
    }

    private static VotesCounts votes(List<PollingStationResults> stations) {
        List<VotesCounts.PoliticalGroupTotal> listTotals = new ArrayList<>();
        for (VotesCounts.PoliticalGroupTotal line : stations.get(0).votes().politicalGroupTotalVotes()) {
            listTotals.add(new VotesCounts.PoliticalGroupTotal(line.number(),
                    sum(stations, s -> Shapes.listTotal(s, line.number()))));
        }
        return new VotesCounts(listTotals, sum(stations, s -> s.votes().totalVotesCandidatesCount()),
                sum(stations, s -> s.votes().blankVotesCount()), sum(stations, s -> s.votes().invalidVotesCount()),
                sum(stations, s -> s.votes().totalVotesCastCount()));
    }

    private static DifferencesCounts differences(List<PollingStationResults> stations) {
        return new DifferencesCounts(sum(stations, s -> s.differences().moreBallotsCount()),
                sum(stations, s -> s.differences().fewerBallotsCount()), DifferencesCounts.Comparison.NOT_ENTERED,
                DifferencesCounts.Explained.NOT_ENTERED);
    }

    private static List<CandidateVotes> candidateVotes(List<PollingStationResults> stations) {
        List<CandidateVotes> lists = new ArrayList<>();
        for (CandidateVotes shape : stations.get(0).candidateVotes()) {
            int number = shape.politicalGroupNumber();
            List<Long> perCandidate = new ArrayList<>();
            for (int i = 0; i < shape.candidateVotes().size(); i++) {
                int candidate = i;
                perCandidate.add(sum(stations, s -> Shapes.candidateVotes(s, number).candidateVotes().get(candidate)));
            }
            lists.add(new CandidateVotes(number, sum(stations, s -> Shapes.candidateVotes(s, number).total()),
                    perCandidate));
        }
        return lists;
    }

    private static void requireDistinctStations(List<PollingStationResults> stations) {
        Set<Integer> seen = new HashSet<>();
        for (PollingStationResults s : stations) {
            if (!seen.add(s.pollingStationNumber())) {
                throw new TotallingException(TotallingError.DUPLICATE_POLLING_STATION,
                        "Stembureau " + s.pollingStationNumber()
                                + " komt twee keer voor. Tel elk stembureau één keer.");
            }
        }
    }
}
