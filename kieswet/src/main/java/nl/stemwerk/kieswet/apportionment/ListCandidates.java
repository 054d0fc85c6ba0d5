package nl.stemwerk.kieswet.apportionment;

import java.util.List;
import java.util.stream.Stream;

/**
 * The elected candidates of one list and its ranking for later vacancies.
 *
 * @param listNumber          list number
 * @param seats               seats of the list
 * @param electedByPreference candidates elected on their own votes (art. P 15), in the order their seats were given
 * @param electedByListOrder  candidates elected in list order for the remaining seats (art. P 17)
 * @param ranking             the order for filling later vacancies (art. P 19), living candidates only
 * @param reranked            whether art. P 19 ranked this list; when {@code false} the list order stands
 *                            (art. P 19 fifth paragraph)
 * @param rankingChanged      whether the ranking differs from the list order of the living candidates
 * @param lotDrawn            whether a drawing of lots decided between candidates of this list
 */
public record ListCandidates(int listNumber, int seats, List<Integer> electedByPreference,
                             List<Integer> electedByListOrder, List<Integer> ranking, boolean reranked,
                             boolean rankingChanged, boolean lotDrawn) {
    public ListCandidates {
        electedByPreference = List.copyOf(electedByPreference);
        electedByListOrder = List.copyOf(electedByListOrder);
        ranking = List.copyOf(ranking);
    }

    /** All elected candidates of the list: first those elected by preference, then those in list order. */
    public List<Integer> elected() {
        return Stream.concat(electedByPreference.stream(), electedByListOrder.stream()).toList();
    }
}
