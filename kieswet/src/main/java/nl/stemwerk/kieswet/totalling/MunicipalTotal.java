package nl.stemwerk.kieswet.totalling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        long a = 0;
        long b = 0;
        long c = 0;
        long d = 0;
        for (PollingStationResults s : stations) {
            a = Math.addExact(a, s.voters().pollCardCount());
            b = Math.addExact(b, s.voters().proxyCertificateCount());
            c = Math.addExact(c, s.voters().voterCardCount());
            d = Math.addExact(d, s.voters().totalAdmittedVotersCount());
        }
        return new VotersCounts(a, b, c, d);
    }

    private static VotesCounts votes(List<PollingStationResults> stations) {
        List<VotesCounts.PoliticalGroupTotal> listTotals = new ArrayList<>();
        for (VotesCounts.PoliticalGroupTotal line : stations.get(0).votes().politicalGroupTotalVotes()) {
            long total = 0;
            for (PollingStationResults s : stations) {
                total = Math.addExact(total, Shapes.listTotal(s, line.number()));
            }
            listTotals.add(new VotesCounts.PoliticalGroupTotal(line.number(), total));
        }
        long e = 0;
        long f = 0;
        long g = 0;
        long h = 0;
        for (PollingStationResults s : stations) {
            e = Math.addExact(e, s.votes().totalVotesCandidatesCount());
            f = Math.addExact(f, s.votes().blankVotesCount());
            g = Math.addExact(g, s.votes().invalidVotesCount());
            h = Math.addExact(h, s.votes().totalVotesCastCount());
        }
        return new VotesCounts(listTotals, e, f, g, h);
    }

    private static DifferencesCounts differences(List<PollingStationResults> stations) {
        long more = 0;
        long fewer = 0;
        for (PollingStationResults s : stations) {
            more = Math.addExact(more, s.differences().moreBallotsCount());
            fewer = Math.addExact(fewer, s.differences().fewerBallotsCount());
        }
        return new DifferencesCounts(more, fewer, DifferencesCounts.Comparison.NOT_ENTERED,
                DifferencesCounts.Explained.NOT_ENTERED);
    }

    private static List<CandidateVotes> candidateVotes(List<PollingStationResults> stations) {
        List<CandidateVotes> lists = new ArrayList<>();
        for (CandidateVotes shape : stations.get(0).candidateVotes()) {
            long total = 0;
            long[] perCandidate = new long[shape.candidateVotes().size()];
            for (PollingStationResults s : stations) {
                CandidateVotes list = Shapes.candidateVotes(s, shape.politicalGroupNumber());
                total = Math.addExact(total, list.total());
                for (int i = 0; i < perCandidate.length; i++) {
                    perCandidate[i] = Math.addExact(perCandidate[i], list.candidateVotes().get(i));
                }
            }
            lists.add(new CandidateVotes(shape.politicalGroupNumber(), total,
                    java.util.Arrays.stream(perCandidate).boxed().toList()));
        }
        return lists;
    }

    private static void requireDistinctStations(List<PollingStationResults> stations) {
        Set<Integer> seen = new HashSet<>();
        for (PollingStationResults s : stations) {
            if (!seen.add(s.pollingStationNumber())) {
                throw new TotallingException(TotallingError.DUPLICATE_POLLING_STATION,
                        "Stembureau " + s.pollingStationNumber() + " komt twee keer voor. Tel elk stembureau één keer.");
            }
        }
    }
}
