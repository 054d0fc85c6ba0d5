package nl.stemwerk.app.apportionment;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;

/** Where the CSB's seat allocation stands: not possible yet, refused, or allocated (up to a drawing of lots). */
public sealed interface CsbAllocation {

    /**
     * The allocation cannot start yet.
     *
     * @param reason why, in Dutch
     */
    record NotReady(String reason) implements CsbAllocation {
    }

    /**
     * The library refused the input (for instance a lot that no longer matches after a change), with its Dutch message.
     *
     * @param message the reason
     */
    record Refused(String message) implements CsbAllocation {
    }

    /**
     * The seats as far as the rules go: completed, or waiting for a drawing of lots.
     *
     * @param input    the input with names, from the CSB's definitive entry
     * @param run      the allocation with the lots drawn so far
     * @param lots     the lots as recorded, with who drew and when
     * @param deceased the candidates registered as deceased
     */
    record Allocated(SeatsInput input, SeatAllocationRun run, List<LotRecord> lots, List<DeceasedCandidate> deceased)
            implements CsbAllocation {
        public Allocated {
            lots = List.copyOf(lots);
            deceased = List.copyOf(deceased);
        }

        public Optional<ApportionmentOutcome.Completed> completed() {
            return run.outcome() instanceof ApportionmentOutcome.Completed c ? Optional.of(c) : Optional.empty();
        }

        public Optional<ApportionmentOutcome.DrawingOfLotsRequired> drawingRequired() {
            return run.outcome() instanceof ApportionmentOutcome.DrawingOfLotsRequired d ? Optional.of(d)
                    : Optional.empty();
        }
    }
}
