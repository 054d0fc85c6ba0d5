package nl.stemwerk.eml.result;

import java.util.Objects;

import nl.stemwerk.kieswet.election.Candidate;

/**
 * An elected candidate as a 520 gives it.
 *
 * @param rank      the place among the elected of the list, 1 for the first. The 520 numbers the elected
 *                  candidates of each list 1, 2, 3, … in {@code CandidateIdentifier}; it does not give their number
 *                  on the candidate list
 * @param person    name, gender and place of residence; {@code person.number()} equals {@code rank}, because the
 *                  file holds nothing else. Match on the name with the 230b to find the number on the list
 * @param electedBy on own votes or in list order
 */
public record ElectedCandidate(int rank, Candidate person, ElectedBy electedBy) {
    public ElectedCandidate {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more, not " + rank);
        }
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(electedBy, "electedBy");
    }
}
