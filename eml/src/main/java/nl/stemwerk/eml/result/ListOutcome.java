package nl.stemwerk.eml.result;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome for one list, as the seat allocation and the nomination of candidates give it; the input of the
 * 520 writer. The app maps the kieswet result types onto it.
 *
 * @param listNumber          list number
 * @param seats               seats the list won
 * @param ranking             the candidate numbers of the whole list in final order: the original order, or the
 *                            order after candidates with enough preference votes moved up; the first
 *                            {@code seats} are elected, in that order
 * @param electedByPreference the elected candidates who got their seat on their own votes (Kieswet P 15)
 */
public record ListOutcome(int listNumber, int seats, List<Integer> ranking, Set<Integer> electedByPreference) {
    public ListOutcome {
        if (listNumber < 1) {
            throw new IllegalArgumentException("listNumber must be 1 or more, not " + listNumber);
        }
        ranking = List.copyOf(ranking);
        electedByPreference = Set.copyOf(electedByPreference);
        if (seats < 0 || seats > ranking.size()) {
            throw new IllegalArgumentException("List " + listNumber + " has " + seats + " seats but "
                    + ranking.size() + " candidates in its ranking");
        }
        if (new HashSet<>(ranking).size() != ranking.size()) {
            throw new IllegalArgumentException("The ranking of list " + listNumber + " names a candidate twice");
        }
        if (!ranking.subList(0, seats).containsAll(electedByPreference)) {
            throw new IllegalArgumentException("On list " + listNumber
                    + ", a candidate elected by preference votes must be among the elected");
        }
    }

    /** The elected candidates in order: the first {@code seats} of the ranking. */
    public List<Integer> elected() {
        return ranking.subList(0, seats);
    }
}
