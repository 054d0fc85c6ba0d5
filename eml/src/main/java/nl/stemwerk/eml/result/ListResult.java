package nl.stemwerk.eml.result;

import java.util.List;

/** One list in a 520: the list and its elected candidates in order; lists without seats are not in a 520. */
public record ListResult(int listNumber, String name, List<ElectedCandidate> elected) {
    public ListResult {
        if (listNumber < 1) {
            throw new IllegalArgumentException("listNumber must be 1 or more, not " + listNumber);
        }
        name = name == null ? "" : name;
        elected = List.copyOf(elected);
    }

    public int seats() {
        return elected.size();
    }
}
