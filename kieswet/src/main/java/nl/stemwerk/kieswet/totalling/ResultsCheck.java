package nl.stemwerk.kieswet.totalling;

import java.util.List;
import nl.stemwerk.kieswet.check.CheckResults;
import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.kieswet.entry.CandidateVotesSection;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.CsbDifferencesSection;
import nl.stemwerk.kieswet.entry.DifferencesSection;
import nl.stemwerk.kieswet.entry.ReportEntry;
import nl.stemwerk.kieswet.entry.VotersSection;
import nl.stemwerk.kieswet.entry.VotesSection;
import nl.stemwerk.kieswet.entry.YesNo;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * Whether a stored, totalled or corrected result still adds up, with the same codes as data entry (F.201–F.204,
 * F.312, F.401–F.403).
 */
public final class ResultsCheck {
    private ResultsCheck() {
    }

    public static CheckResults sums(PollingStationResults results) {
        DifferencesCounts d = results.differences();
        CsbDifferencesSection differences = new CsbDifferencesSection(Count.of(d.moreBallotsCount()),
                Count.of(d.fewerBallotsCount()));
        return EntryChecks.sums(asEntry(results), differences);
    }

    /** The result as an N 10-1 entry with every box filled in, so the entry checks apply to it. */
    static ReportEntry asEntry(PollingStationResults results) {
        VotersSection voters = new VotersSection(Count.of(results.voters().pollCardCount()),
                Count.of(results.voters().proxyCertificateCount()), Count.of(results.voters().voterCardCount()),
                Count.of(results.voters().totalAdmittedVotersCount()));
        VotesSection votes = new VotesSection(results.votes().politicalGroupTotalVotes().stream()
                .map(t -> new VotesSection.ListTotal(t.number(), Count.of(t.total()))).toList(),
                Count.of(results.votes().totalVotesCandidatesCount()), Count.of(results.votes().blankVotesCount()),
                Count.of(results.votes().invalidVotesCount()), Count.of(results.votes().totalVotesCastCount()));
        DifferencesCounts d = results.differences();
        DifferencesSection differences = new DifferencesSection(d.comparison() == DifferencesCounts.Comparison.EQUAL,
                d.comparison() == DifferencesCounts.Comparison.MORE_BALLOTS,
                d.comparison() == DifferencesCounts.Comparison.FEWER_BALLOTS, Count.of(d.moreBallotsCount()),
                Count.of(d.fewerBallotsCount()), switch (d.differenceCompletelyExplained()) {
                    case YES -> YesNo.YES;
                    case NO -> YesNo.NO;
                    case NOT_ENTERED -> YesNo.EMPTY;
                });
        List<CandidateVotesSection> candidates = results.candidateVotes().stream()
                .map(c -> new CandidateVotesSection(c.politicalGroupNumber(), Count.of(c.total()),
                        c.candidateVotes().stream().map(Count::of).toList()))
                .toList();
        return new ReportEntry.GsbDsoEntry(voters, votes, differences, candidates);
    }
}
