package nl.stemwerk.kieswet.totalling;

import java.util.List;
import nl.stemwerk.kieswet.entry.CandidateVotesSection;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.CsbDifferencesSection;
import nl.stemwerk.kieswet.entry.DifferencesSection;
import nl.stemwerk.kieswet.entry.ReportEntry;
import nl.stemwerk.kieswet.entry.YesNo;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;

/**
 * The result of a definitive entry, as counts: what is added up into the municipal total (model Na 31-2) and written
 * to EML 510. Empty boxes count as 0; the D/H tick boxes and the question whether a difference is explained are
 * kept as far as the form has them.
 */
public final class StationResults {
    private StationResults() {
    }

    public static PollingStationResults of(int stationNumber, ReportEntry entry) {
        VotersCounts voters = new VotersCounts(entry.voters().pollCards().orZero(),
                entry.voters().proxyCertificates().orZero(), entry.voters().voterCards().orZero(),
                entry.voters().totalAdmitted().orZero());
        VotesCounts votes = new VotesCounts(entry.votes().listTotals().stream()
                .map(t -> new VotesCounts.PoliticalGroupTotal(t.listNumber(), t.total().orZero())).toList(),
                entry.votes().votesOnCandidates().orZero(), entry.votes().blank().orZero(),
                entry.votes().invalid().orZero(), entry.votes().totalCast().orZero());
        List<CandidateVotes> candidates = entry.candidateVotes().stream().map(StationResults::candidates).toList();
        return new PollingStationResults(stationNumber, voters, votes, differences(entry), candidates);
    }

    private static CandidateVotes candidates(CandidateVotesSection section) {
        return new CandidateVotes(section.listNumber(), section.listTotal().orZero(),
                section.candidateVotes().stream().map(Count::orZero).toList());
    }

    private static DifferencesCounts differences(ReportEntry entry) {
        return switch (entry) {
            case ReportEntry.GsbCsoEntry cso -> municipal(cso.differences());
            case ReportEntry.GsbDsoEntry dso -> municipal(dso.differences());
            case ReportEntry.CsbEntry csb -> central(csb.differences());
        };
    }

    private static DifferencesCounts municipal(DifferencesSection d) {
        return new DifferencesCounts(d.moreBallots().orZero(), d.fewerBallots().orZero(), comparison(d),
                explained(d.differenceExplained()));
    }

    private static DifferencesCounts.Comparison comparison(DifferencesSection d) {
        int ticked = (d.equalTicked() ? 1 : 0) + (d.moreTicked() ? 1 : 0) + (d.fewerTicked() ? 1 : 0);
        if (ticked != 1) {
            return DifferencesCounts.Comparison.NOT_ENTERED;
        }
        return d.equalTicked() ? DifferencesCounts.Comparison.EQUAL : d.moreTicked()
                ? DifferencesCounts.Comparison.MORE_BALLOTS : DifferencesCounts.Comparison.FEWER_BALLOTS;
    }

    private static DifferencesCounts.Explained explained(YesNo answer) {
        if (answer.isBoth() || answer.isEmpty()) {
            return DifferencesCounts.Explained.NOT_ENTERED;
        }
        return answer.yes() ? DifferencesCounts.Explained.YES : DifferencesCounts.Explained.NO;
    }

    private static DifferencesCounts central(CsbDifferencesSection d) {
        return new DifferencesCounts(d.moreBallots().orZero(), d.fewerBallots().orZero(),
                DifferencesCounts.Comparison.NOT_ENTERED, DifferencesCounts.Explained.NOT_ENTERED);
    }
}
