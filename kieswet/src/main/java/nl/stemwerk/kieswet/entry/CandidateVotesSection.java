package nl.stemwerk.kieswet.entry;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * "Aantal stemmen per lijst en kandidaat" for one list: a box per candidate and the list total at the foot.
 *
 * @param listNumber     list number
 * @param listTotal      "Totaal lijst"
 * @param candidateVotes one box per candidate, index 0 = candidate 1
 */
public record CandidateVotesSection(int listNumber, Count listTotal, List<Count> candidateVotes) {
    public CandidateVotesSection {
        Objects.requireNonNull(listTotal, "listTotal");
        candidateVotes = List.copyOf(candidateVotes);
    }

    public static CandidateVotesSection empty(int listNumber, int candidates) {
        return new CandidateVotesSection(listNumber, Count.EMPTY,
                IntStream.range(0, candidates).mapToObj(i -> Count.EMPTY).toList());
    }

    /** The sum of the candidate boxes, empty boxes as 0. */
    public long sumOfCandidateVotes() {
        return candidateVotes.stream().mapToLong(Count::orZero).reduce(0, Math::addExact);
    }

    void addTo(Fields fields) {
        for (int i = 0; i < candidateVotes.size(); i++) {
            fields.put(Fields.candidate(listNumber, i + 1), candidateVotes.get(i));
        }
        fields.put(Fields.candidateListTotal(listNumber), listTotal);
    }
}
