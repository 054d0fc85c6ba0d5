package nl.stemwerk.kieswet.apportionment;

/**
 * A candidate with the votes cast on them ("stemmen op kandidaat").
 *
 * @param number position on the list, 1 or higher
 * @param votes  votes for this candidate, 0 or more
 */
public record CandidateInput(int number, long votes) {
}
