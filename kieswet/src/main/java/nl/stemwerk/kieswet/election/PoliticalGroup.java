package nl.stemwerk.kieswet.election;

import java.util.List;
import java.util.Objects;

/**
 * A list of candidates ("lijst", "politieke groepering") with its number on the ballot.
 *
 * @param number     list number ("lijstnummer"), 1-based
 * @param name       appellation ("aanduiding"); empty for a list without one ("blanco lijst")
 * @param candidates candidates in list order
 */
public record PoliticalGroup(int number, String name, List<Candidate> candidates) {
    public PoliticalGroup {
        if (number < 1) {
            throw new IllegalArgumentException("Lijstnummer moet 1 of hoger zijn, niet " + number);
        }
        name = name == null ? "" : name;
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    }
}
