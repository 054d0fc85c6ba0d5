package nl.stemwerk.eml.count;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;

/**
 * Maps the counts of a 510 to and from the kieswet model ({@link PollingStationResults}, fields A to J).
 *
 * <p>What the kieswet model has no field for stays in the EML records: {@code Cast} and the explanation reason
 * codes ("meegenomen stembiljetten", "geen verklaring", …). The D/H comparison box and the "fully explained"
 * answer are not in EML, so they map to "not entered".
 */
public final class CountMapping {
    private CountMapping() {
    }

    /**
     * The results of one reporting unit. Its number is the polling station number ("…::SB12" gives 12), or 0
     * for a unit that is not a polling station. A missing reason code counts as 0. Candidates are placed by their
     * number; a gap in the numbering (a withdrawn candidate) becomes 0 votes.
     */
    public static PollingStationResults toResults(ReportingUnitVotes unit) {
        return toResults(unit.unit().pollingStationNumber().orElse(0), unit.votes());
    }

    /** The results of a whole contest ({@code TotalVotes}), with number 0 as the kieswet model uses for totals. */
    public static PollingStationResults toResults(VoteCount totals) {
        return toResults(0, totals);
    }

    private static PollingStationResults toResults(int number, VoteCount count) {
        VotersCounts voters = new VotersCounts(
                count.uncounted(UncountedReason.VALID_POLL_CARDS).orElse(0),
                count.uncounted(UncountedReason.VALID_PROXY_CERTIFICATES).orElse(0),
                count.uncounted(UncountedReason.VALID_VOTER_CARDS).orElse(0),
                count.uncounted(UncountedReason.ADMITTED_VOTERS).orElse(0));
        List<VotesCounts.PoliticalGroupTotal> listTotals = count.lists().stream()
                .map(list -> new VotesCounts.PoliticalGroupTotal(list.listNumber(), list.total()))
                .toList();
        VotesCounts votes = new VotesCounts(listTotals, count.totalCounted(), count.blank(), count.invalid(),
                count.ballotsFound());
        DifferencesCounts differences = new DifferencesCounts(
                count.uncounted(UncountedReason.MORE_BALLOTS_COUNTED).orElse(0),
                count.uncounted(UncountedReason.FEWER_BALLOTS_COUNTED).orElse(0),
                DifferencesCounts.Comparison.NOT_ENTERED, DifferencesCounts.Explained.NOT_ENTERED);
        List<CandidateVotes> candidateVotes = count.lists().stream().map(CountMapping::candidateVotes).toList();
        return new PollingStationResults(number, voters, votes, differences, candidateVotes);
    }

    private static CandidateVotes candidateVotes(ListVotes list) {
        int highest = list.candidates().stream().mapToInt(CandidateCount::candidateNumber).max().orElse(0);
        List<Long> votes = new ArrayList<>(Collections.nCopies(highest, 0L));
        list.candidates().forEach(candidate -> votes.set(candidate.candidateNumber() - 1, candidate.votes()));
        return new CandidateVotes(list.listNumber(), list.total(), votes);
    }

    /**
     * The counts of a polling station (or a total) for a 510, for the lists and candidates of the election.
     *
     * @param results        fields A to J and the votes per candidate
     * @param groups         the lists with their candidates, for list names and candidate numbers
     * @param eligibleVoters {@code Cast}: voters called to this station, 0 when not known
     * @param explanations   counts for the reason codes the kieswet model has no field for; may be empty
     * @throws IllegalArgumentException when the results have votes for a list or candidate that is not in groups
     */
    public static VoteCount toVoteCount(PollingStationResults results, List<PoliticalGroup> groups,
                                        long eligibleVoters, Map<UncountedReason, Long> explanations) {
        List<ListVotes> lists = new ArrayList<>();
        for (PoliticalGroup group : groups) {
            lists.add(listVotes(results, group));
        }
        requireAllListsKnown(results, groups);
        Map<UncountedReason, Long> uncounted = new EnumMap<>(UncountedReason.class);
        uncounted.put(UncountedReason.VALID_POLL_CARDS, results.voters().pollCardCount());
        uncounted.put(UncountedReason.VALID_PROXY_CERTIFICATES, results.voters().proxyCertificateCount());
        uncounted.put(UncountedReason.VALID_VOTER_CARDS, results.voters().voterCardCount());
        uncounted.put(UncountedReason.ADMITTED_VOTERS, results.voters().totalAdmittedVotersCount());
        uncounted.put(UncountedReason.MORE_BALLOTS_COUNTED, results.differences().moreBallotsCount());
        uncounted.put(UncountedReason.FEWER_BALLOTS_COUNTED, results.differences().fewerBallotsCount());
        uncounted.putAll(explanations);
        return new VoteCount(lists, eligibleVoters, results.votes().totalVotesCandidatesCount(),
                results.votes().blankVotesCount(), results.votes().invalidVotesCount(), uncounted);
    }

    private static ListVotes listVotes(PollingStationResults results, PoliticalGroup group) {
        long total = results.votes().politicalGroupTotalVotes().stream()
                .filter(line -> line.number() == group.number())
                .mapToLong(VotesCounts.PoliticalGroupTotal::total)
                .sum();
        List<Long> perCandidate = results.candidateVotes().stream()
                .filter(votes -> votes.politicalGroupNumber() == group.number())
                .findFirst()
                .map(CandidateVotes::candidateVotes)
                .orElse(List.of());
        List<CandidateCount> candidates = new ArrayList<>();
        long placed = 0;
        for (Candidate candidate : group.candidates()) {
            long votes = candidate.number() <= perCandidate.size() ? perCandidate.get(candidate.number() - 1) : 0;
            placed += votes;
            candidates.add(new CandidateCount(candidate.number(), votes));
        }
        long entered = perCandidate.stream().mapToLong(Long::longValue).sum();
        if (placed != entered) {
            throw new IllegalArgumentException("List " + group.number() + " has votes for a candidate number that"
                    + " is not on the list");
        }
        return new ListVotes(group.number(), group.name(), total, candidates);
    }

    private static void requireAllListsKnown(PollingStationResults results, List<PoliticalGroup> groups) {
        for (CandidateVotes votes : results.candidateVotes()) {
            if (groups.stream().noneMatch(group -> group.number() == votes.politicalGroupNumber())) {
                throw new IllegalArgumentException("Results have votes for list " + votes.politicalGroupNumber()
                        + ", which is not among the lists");
            }
        }
    }
}
