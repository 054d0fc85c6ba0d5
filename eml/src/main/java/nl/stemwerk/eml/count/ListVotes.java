package nl.stemwerk.eml.count;

import java.util.List;

/**
 * The votes of one list in a 510: the list total ("stemcijfer" of the list in this unit) and the votes per
 * candidate, in file order. Candidate numbers may have gaps, as on a candidate list with withdrawn candidates.
 *
 * @param listNumber list number ({@code AffiliationIdentifier/@Id})
 * @param name       appellation ({@code RegisteredName})
 * @param total      list total ({@code ValidVotes} of the affiliation)
 * @param candidates votes per candidate
 */
public record ListVotes(int listNumber, String name, long total, List<CandidateCount> candidates) {
    public ListVotes {
        if (listNumber < 1) {
            throw new IllegalArgumentException("listNumber must be 1 or more, not " + listNumber);
        }
        name = name == null ? "" : name;
        if (total < 0) {
            throw new IllegalArgumentException("total cannot be negative: " + total);
        }
        candidates = List.copyOf(candidates);
    }

    public int sizeOfCandidates() {
        return candidates.size();
    }

    public long sumOfCandidateVotes() {
        return candidates.stream().mapToLong(CandidateCount::votes).sum();
    }
}
