package nl.stemwerk.kieswet.apportionment.internal;

import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.CandidateElection;
import nl.stemwerk.kieswet.apportionment.SeatAllocation;

/** Runs seat allocation and candidate election on one set of lots; stops at the first tie without a lot. */
public final class Apportioner {
    private Apportioner() {
    }

    public static ApportionmentOutcome run(ApportionmentInput input) {
        Lots lots = new Lots(input.lotsDrawn());
        AllocationState state = new AllocationState(input, lots);
        try {
            SeatAllocation allocation = SeatAssignment.allocate(state);
            CandidateElection election = CandidateNomination.elect(input, allocation, lots);
            lots.requireAllUsed();
            return new ApportionmentOutcome.Completed(allocation, election);
        } catch (LotsRequired required) {
            return new ApportionmentOutcome.DrawingOfLotsRequired(input.seats(), required.drawing(), state.steps,
                    state.standings());
        }
    }
}
