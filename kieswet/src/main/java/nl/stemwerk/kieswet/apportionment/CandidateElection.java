package nl.stemwerk.kieswet.apportionment;

import java.util.List;
import java.util.Objects;

/**
 * Which candidates take the seats (art. P 15–P 17) and the ranking of every list (art. P 19).
 *
 * @param threshold the preference threshold
 * @param lists     one entry per list, in input order
 */
public record CandidateElection(PreferenceThreshold threshold, List<ListCandidates> lists) {
    public CandidateElection {
        Objects.requireNonNull(threshold, "threshold");
        lists = List.copyOf(lists);
    }

    /** All elected candidates, list by list. */
    public List<CandidateId> electedCandidates() {
        return lists.stream()
                .flatMap(list -> list.elected().stream().map(c -> new CandidateId(list.listNumber(), c)))
                .toList();
    }

    /** The entry for one list. */
    public ListCandidates ofList(int listNumber) {
        return lists.stream().filter(l -> l.listNumber() == listNumber).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Lijst " + listNumber + " bestaat niet"));
    }
}
