package nl.stemwerk.kieswet.apportionment;

import static nl.stemwerk.kieswet.apportionment.ApportionmentError.CANDIDATE_NUMBER_INVALID;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.DUPLICATE_CANDIDATE;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.LIST_NUMBER_INVALID;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.LIST_VOTES_MISMATCH;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.LIST_WITHOUT_CANDIDATES;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.NEGATIVE_VOTES;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A list as the central electoral committee sees it: its vote total ("stemcijfer") and its candidates in list
 * order with their votes. The vote total must equal the sum of the candidate votes, as every valid vote is a
 * vote on one candidate.
 *
 * @param number     list number, 1 or higher
 * @param votes      the list's vote total ("stemcijfer")
 * @param candidates the candidates in list order; at least one
 */
public record ListInput(int number, long votes, List<CandidateInput> candidates) {
    public ListInput {
        String field = "lijst " + number;
        if (number < 1) {
            throw new ApportionmentInputException(LIST_NUMBER_INVALID, field,
                    "Het lijstnummer moet 1 of hoger zijn. U gaf: " + number + ".");
        }
        if (votes < 0) {
            throw new ApportionmentInputException(NEGATIVE_VOTES, field,
                    "Het aantal stemmen op lijst " + number + " kan niet negatief zijn. U gaf: " + votes + ".");
        }
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        if (candidates.isEmpty()) {
            throw new ApportionmentInputException(LIST_WITHOUT_CANDIDATES, field,
                    "Lijst " + number + " heeft geen kandidaten. Een lijst heeft minstens één kandidaat.");
        }
        requireValidCandidates(number, candidates);
        long sum = candidates.stream().mapToLong(CandidateInput::votes).reduce(0, Math::addExact);
        if (sum != votes) {
            throw new ApportionmentInputException(LIST_VOTES_MISMATCH, field,
                    "Het stemcijfer van lijst " + number + " is " + votes
                            + ", maar de stemmen op de kandidaten tellen op tot " + sum + ".");
        }
    }

    /** A list whose candidates are numbered 1, 2, 3, … in the order given; the vote total is their sum. */
    public static ListInput of(int number, long... candidateVotes) {
        List<CandidateInput> candidates = IntStream.range(0, candidateVotes.length)
                .mapToObj(i -> new CandidateInput(i + 1, candidateVotes[i]))
                .toList();
        long sum = 0;
        for (long v : candidateVotes) {
            // a negative vote is left out here so that the constructor names that candidate, not the total
            sum = Math.addExact(sum, Math.max(v, 0));
        }
        return new ListInput(number, sum, candidates);
    }

    private static void requireValidCandidates(int number, List<CandidateInput> candidates) {
        Set<Integer> seen = new HashSet<>();
        for (CandidateInput candidate : candidates) {
            String field = new CandidateId(number, candidate.number()).dutchLabel();
            if (candidate.number() < 1) {
                throw new ApportionmentInputException(CANDIDATE_NUMBER_INVALID, field,
                        "Het kandidaatnummer op lijst " + number + " moet 1 of hoger zijn. U gaf: "
                                + candidate.number() + ".");
            }
            if (!seen.add(candidate.number())) {
                throw new ApportionmentInputException(DUPLICATE_CANDIDATE, field,
                        "Kandidaat " + candidate.number() + " staat twee keer op lijst " + number + ".");
            }
            if (candidate.votes() < 0) {
                throw new ApportionmentInputException(NEGATIVE_VOTES, field,
                        "Het aantal stemmen op " + field + " kan niet negatief zijn. U gaf: "
                                + candidate.votes() + ".");
            }
        }
    }
}
