package nl.stemwerk.kieswet.apportionment;

import java.util.List;
import java.util.Objects;

/** What {@link Apportionment#apportion(ApportionmentInput)} returns: the result, or a drawing of lots to hold. */
public sealed interface ApportionmentOutcome {
    /**
     * The seats per list and the elected candidates.
     *
     * @param seatAllocation the seats per list with every step
     * @param election       the elected candidates and rankings
     */
    record Completed(SeatAllocation seatAllocation, CandidateElection election) implements ApportionmentOutcome {
        public Completed {
            Objects.requireNonNull(seatAllocation, "seatAllocation");
            Objects.requireNonNull(election, "election");
        }
    }

    /**
     * The rules reached a tie that only a public drawing of lots can break. Hold the draw, add
     * {@code drawing.decide(chosen)} to the input with {@link ApportionmentInput#withLot(LotDrawn)} and call again.
     *
     * @param seats     seats to fill
     * @param drawing   the draw to hold
     * @param stepsSoFar the allocation steps up to the tie, to show at the session
     * @param standings the seats per list at the tie
     */
    record DrawingOfLotsRequired(int seats, DrawingOfLots drawing, List<AllocationStep> stepsSoFar,
                                 List<ListStanding> standings) implements ApportionmentOutcome {
        public DrawingOfLotsRequired {
            Objects.requireNonNull(drawing, "drawing");
            stepsSoFar = List.copyOf(stepsSoFar);
            standings = List.copyOf(standings);
        }
    }
}
