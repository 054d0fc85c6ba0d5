package nl.stemwerk.kieswet.results;

import java.util.List;
import java.util.Objects;

/**
 * The votes per candidate of one list, with the list total as entered.
 *
 * @param politicalGroupNumber list number
 * @param total                the list total as written on the form ("Totaal lijst")
 * @param candidateVotes       votes per candidate, index 0 = candidate number 1
 */
public record CandidateVotes(int politicalGroupNumber, long total, List<Long> candidateVotes) {
    public CandidateVotes {
        Counts.requireNonNegative("lijsttotaal " + politicalGroupNumber, total);
        candidateVotes = List.copyOf(Objects.requireNonNull(candidateVotes));
        for (int i = 0; i < candidateVotes.size(); i++) {
            Counts.requireNonNegative("kandidaat " + (i + 1) + " van lijst " + politicalGroupNumber,
                    candidateVotes.get(i));
        }
    }

    /** The sum of the candidate votes, which the checks compare with {@link #total()}. */
    public long sumOfCandidateVotes() {
        return candidateVotes.stream().mapToLong(Long::longValue).sum();
    }
}
