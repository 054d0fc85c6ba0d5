package nl.stemwerk.app.apportionment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.stemwerk.kieswet.apportionment.Apportionment;
import nl.stemwerk.kieswet.apportionment.ApportionmentError;
import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.ApportionmentInputException;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.LotDrawn;

/**
 * Runs a seat allocation with lot outcomes that were drawn earlier, in drawing order. The library asks for one
 * draw at a time; each time it asks, the next outcome answers it. Because the rules are deterministic, the same
 * outcomes always answer the same draws, so a stored list of outcomes replays a session exactly.
 *
 * @param outcome   the completed allocation, or the next draw that has no outcome yet
 * @param lotsDrawn the draws answered, with their outcome, in order
 */
public record SeatAllocationRun(ApportionmentOutcome outcome, List<LotDrawn> lotsDrawn) {
    public SeatAllocationRun {
        Objects.requireNonNull(outcome, "outcome");
        lotsDrawn = List.copyOf(lotsDrawn);
    }

    /**
     * Allocates the seats of {@code input} (which must have no lots yet), answering each draw with the next of
     * {@code outcomes}.
     *
     * @throws ApportionmentInputException when an outcome is not one of the options of its draw, or outcomes are
     *                                     left over when the allocation is complete
     */
    public static SeatAllocationRun of(ApportionmentInput input, List<Integer> outcomes) {
        ApportionmentInput current = input;
        List<LotDrawn> drawn = new ArrayList<>();
        ApportionmentOutcome outcome = Apportionment.apportion(current);
        while (outcome instanceof ApportionmentOutcome.DrawingOfLotsRequired required && drawn.size() < outcomes.size()) {
            LotDrawn lot = required.drawing().decide(outcomes.get(drawn.size()));
            drawn.add(lot);
            current = current.withLot(lot);
            outcome = Apportionment.apportion(current);
        }
        if (outcome instanceof ApportionmentOutcome.Completed && drawn.size() < outcomes.size()) {
            throw new ApportionmentInputException(ApportionmentError.LOT_NOT_USED, "loting",
                    "Er zijn " + outcomes.size() + " uitkomsten van lotingen opgegeven, maar er "
                            + (drawn.size() == 1 ? "was maar 1 loting" : "waren maar " + drawn.size() + " lotingen")
                            + " nodig. Geef alleen de uitkomsten van lotingen die echt nodig waren.");
        }
        return new SeatAllocationRun(outcome, drawn);
    }

    public boolean completed() {
        return outcome instanceof ApportionmentOutcome.Completed;
    }
}
