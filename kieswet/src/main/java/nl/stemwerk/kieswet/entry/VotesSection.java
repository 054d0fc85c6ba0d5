package nl.stemwerk.kieswet.entry;

import java.util.List;
import java.util.Objects;

/**
 * Ballots counted, fields E–H.
 *
 * @param listTotals        E.1 … E.n: the total per list
 * @param votesOnCandidates E: "Totaal aantal stemmen op kandidaten"
 * @param blank             F: "Aantal blanco stembiljetten"
 * @param invalid           G: "Aantal ongeldige stembiljetten"
 * @param totalCast         H: "Totaal aantal getelde stembiljetten"
 */
public record VotesSection(List<ListTotal> listTotals, Count votesOnCandidates, Count blank, Count invalid,
                           Count totalCast) {
    public VotesSection {
        listTotals = List.copyOf(listTotals);
        Objects.requireNonNull(votesOnCandidates, "votesOnCandidates");
        Objects.requireNonNull(blank, "blank");
        Objects.requireNonNull(invalid, "invalid");
        Objects.requireNonNull(totalCast, "totalCast");
    }

    /** An empty section with one empty E.x per list. */
    public static VotesSection empty(List<Integer> listNumbers) {
        return new VotesSection(listNumbers.stream().map(n -> new ListTotal(n, Count.EMPTY)).toList(),
                Count.EMPTY, Count.EMPTY, Count.EMPTY, Count.EMPTY);
    }

    /** The sum of E.1 … E.n. */
    public long sumOfListTotals() {
        return listTotals.stream().mapToLong(t -> t.total().orZero()).reduce(0, Math::addExact);
    }

    /** E.x for one list, or empty when the list has no line. */
    public Count listTotal(int listNumber) {
        return listTotals.stream().filter(t -> t.listNumber() == listNumber).findFirst()
                .map(ListTotal::total).orElse(Count.EMPTY);
    }

    void addTo(Fields fields) {
        listTotals.forEach(t -> fields.put(Fields.listTotal(t.listNumber()), t.total()));
        fields.put(Fields.E, votesOnCandidates);
        fields.put(Fields.F, blank);
        fields.put(Fields.G, invalid);
        fields.put(Fields.H, totalCast);
    }

    /**
     * One E.x line.
     *
     * @param listNumber list number
     * @param total      the list's total
     */
    public record ListTotal(int listNumber, Count total) {
        public ListTotal {
            Objects.requireNonNull(total, "total");
        }
    }
}
