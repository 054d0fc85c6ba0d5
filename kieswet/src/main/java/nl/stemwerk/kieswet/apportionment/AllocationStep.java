package nl.stemwerk.kieswet.apportionment;

import java.util.List;
import java.util.Objects;

/**
 * One step of the seat allocation, with the article that applied and the standings after it, so that the
 * report (model P 22-2) can show how the seats were allocated. {@link AllocationExplanation} writes them in Dutch.
 */
public sealed interface AllocationStep {
    /** The article that applied, e.g. {@code "P 8"}. */
    String article();

    /** The seats of every list after this step. */
    List<ListStanding> standings();

    /**
     * Full seats: each list gets a seat for every whole quota in its vote total (art. P 6).
     *
     * @param quota     the quota ("kiesdeler", art. P 5)
     * @param quotients each list's vote total divided by the quota, exactly
     * @param standings the full seats per list
     */
    record FullSeats(Fraction quota, List<ListValue> quotients, List<ListStanding> standings)
            implements AllocationStep {
        public FullSeats {
            Objects.requireNonNull(quota, "quota");
            quotients = List.copyOf(quotients);
            standings = List.copyOf(standings);
        }

        @Override
        public String article() {
            return "P 6";
        }
    }

    /**
     * One residual seat.
     *
     * @param residualSeatNumber 1 for the first residual seat, counting on through re-allocations under P 10
     * @param method             largest remainders or (unique) highest averages
     * @param article            P 7 or P 8, or P 10 when the seat is re-allocated from an exhausted list
     * @param listNumber         the list that got the seat
     * @param values             the remainder or average of every list that could get this seat
     * @param tiedLists          the lists that shared the highest value (one list when there was no tie)
     * @param byLot              whether a drawing of lots decided
     * @param standings          the seats after this step
     */
    record ResidualSeat(int residualSeatNumber, ResidualSeatMethod method, String article, int listNumber,
                        List<ListValue> values, List<Integer> tiedLists, boolean byLot,
                        List<ListStanding> standings) implements AllocationStep {
        public ResidualSeat {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(article, "article");
            values = List.copyOf(values);
            tiedLists = List.copyOf(tiedLists);
            standings = List.copyOf(standings);
        }

        /** The winning remainder or average. */
        public Fraction value() {
            return values.stream().filter(v -> v.listNumber() == listNumber).findFirst()
                    .map(ListValue::value).orElseThrow();
        }
    }

    /**
     * A list with an absolute majority of the votes but not of the seats gets the last residual seat (art. P 9).
     *
     * @param fromList   the list that gives up its last residual seat
     * @param toList     the list with the absolute majority of the votes
     * @param byLot      whether a drawing of lots chose {@code fromList}
     * @param standings  the seats after this step
     */
    record AbsoluteMajority(int fromList, int toList, boolean byLot, List<ListStanding> standings)
            implements AllocationStep {
        public AbsoluteMajority {
            standings = List.copyOf(standings);
        }

        @Override
        public String article() {
            return "P 9";
        }
    }

    /**
     * A list has more seats than living candidates; one seat is taken away to be given to another list
     * (art. P 10, with P 19a for deceased candidates).
     *
     * @param listNumber the exhausted list
     * @param fullSeat   whether a full seat was taken (residual seats go first)
     * @param standings  the seats after this step
     */
    record ExhaustedListSeatRemoved(int listNumber, boolean fullSeat, List<ListStanding> standings)
            implements AllocationStep {
        public ExhaustedListSeatRemoved {
            standings = List.copyOf(standings);
        }

        @Override
        public String article() {
            return "P 10";
        }
    }

    /**
     * Seats that no list can take: every list with votes has no candidates left, or no list has votes.
     *
     * @param seats     the number of seats that stay empty
     * @param article   P 10 (no candidates left) or P 5 (no votes at all)
     * @param standings the seats after this step
     */
    record SeatsUnassigned(int seats, String article, List<ListStanding> standings) implements AllocationStep {
        public SeatsUnassigned {
            Objects.requireNonNull(article, "article");
            standings = List.copyOf(standings);
        }
    }
}
