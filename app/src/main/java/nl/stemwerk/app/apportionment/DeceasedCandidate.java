package nl.stemwerk.app.apportionment;

/**
 * A candidate registered by the CSB as deceased (Kieswet art. P 19a).
 *
 * @param id              row id
 * @param listNumber      list number
 * @param candidateNumber the candidate's number on the list
 * @param name            the candidate's name as printed
 */
public record DeceasedCandidate(long id, int listNumber, int candidateNumber, String name) {
}
