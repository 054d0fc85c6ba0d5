package nl.stemwerk.kieswet.apportionment;

import java.util.List;
import java.util.Objects;

/**
 * The seats per list, with every step that led to them.
 *
 * @param seats           seats to fill
 * @param totalVotes      the sum of all list vote totals (art. P 5)
 * @param quota           the quota ("kiesdeler"), exactly; 0 when no votes were cast
 * @param standings       the final seats per list, in input order
 * @param steps           the steps in the order they happened
 * @param unassignedSeats seats no list could take (art. P 10); usually 0
 */
public record SeatAllocation(int seats, long totalVotes, Fraction quota, List<ListStanding> standings,
                             List<AllocationStep> steps, int unassignedSeats) {
    public SeatAllocation {
        Objects.requireNonNull(quota, "quota");
        standings = List.copyOf(standings);
        steps = List.copyOf(steps);
    }

    /** Whether the residual seats were given by the rules for 19 seats or more (art. P 7) or fewer (art. P 8). */
    public boolean nineteenOrMoreSeats() {
        return seats >= 19;
    }

    /** The seats of one list. */
    public int seatsOf(int listNumber) {
        return standings.stream().filter(s -> s.listNumber() == listNumber).findFirst()
                .map(ListStanding::totalSeats)
                .orElseThrow(() -> new IllegalArgumentException("Lijst " + listNumber + " bestaat niet"));
    }

    /** The seats per list in input order. */
    public List<Integer> seatsPerList() {
        return standings.stream().map(ListStanding::totalSeats).toList();
    }
}
