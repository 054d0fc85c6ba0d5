package nl.stemwerk.kieswet.results;

import java.util.List;
import java.util.Objects;

/**
 * The count of one polling station (or the total of a municipality) as recorded in a proces-verbaal
 * or an EML 510 ReportingUnitVotes.
 *
 * @param pollingStationNumber station number; 0 for a municipal total
 * @param voters               fields A–D
 * @param votes                fields E–H
 * @param differences          fields I–J and the D/H comparison
 * @param candidateVotes       votes per candidate for every list
 */
public record PollingStationResults(int pollingStationNumber, VotersCounts voters, VotesCounts votes,
                                    DifferencesCounts differences, List<CandidateVotes> candidateVotes) {
    public PollingStationResults {
        Objects.requireNonNull(voters, "voters");
        Objects.requireNonNull(votes, "votes");
        differences = differences == null ? DifferencesCounts.none() : differences;
        candidateVotes = List.copyOf(Objects.requireNonNull(candidateVotes, "candidateVotes"));
    }
}
