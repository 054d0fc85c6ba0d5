package nl.stemwerk.kieswet.results;

import java.util.List;
import java.util.Objects;

/**
 * Votes cast, fields E–H of the proces-verbaal.
 *
 * @param politicalGroupTotalVotes  E.1 … E.n: the total per list, in list order
 * @param totalVotesCandidatesCount E: valid votes on candidates ("Totaal stemmen op kandidaten")
 * @param blankVotesCount           F: blank ballots ("Aantal blanco stembiljetten")
 * @param invalidVotesCount         G: invalid ballots ("Aantal ongeldige stembiljetten")
 * @param totalVotesCastCount       H: total votes cast ("Totaal aantal getelde stemmen")
 */
public record VotesCounts(List<PoliticalGroupTotal> politicalGroupTotalVotes, long totalVotesCandidatesCount,
                          long blankVotesCount, long invalidVotesCount, long totalVotesCastCount) {
    public VotesCounts {
        politicalGroupTotalVotes = List.copyOf(Objects.requireNonNull(politicalGroupTotalVotes));
        Counts.requireNonNegative("E", totalVotesCandidatesCount);
        Counts.requireNonNegative("F", blankVotesCount);
        Counts.requireNonNegative("G", invalidVotesCount);
        Counts.requireNonNegative("H", totalVotesCastCount);
    }

    /** One E.x line: the total of list {@code number}. */
    public record PoliticalGroupTotal(int number, long total) {
        public PoliticalGroupTotal {
            Counts.requireNonNegative("E." + number, total);
        }
    }
}
