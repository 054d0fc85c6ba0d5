package nl.stemwerk.kieswet.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Plays the app's part in tests: holds each drawing of lots with a fixed outcome and calls again. */
final class Lottery {
    private Lottery() {
    }

    /** The result after drawing the given lots (option numbers, in order); every lot must be needed. */
    static Drawn drawAll(ApportionmentInput input, List<Integer> lotsInOrder) {
        Iterator<Integer> lots = lotsInOrder.iterator();
        List<DrawingOfLots> draws = new ArrayList<>();
        ApportionmentOutcome outcome = Apportionment.apportion(input);
        while (outcome instanceof ApportionmentOutcome.DrawingOfLotsRequired required) {
            assertThat(lots.hasNext()).as("a lot is needed for: %s", required.drawing().dutchDescription()).isTrue();
            draws.add(required.drawing());
            input = input.withLot(required.drawing().decide(lots.next()));
            outcome = Apportionment.apportion(input);
        }
        assertThat(lots.hasNext()).as("every lot given was needed").isFalse();
        return new Drawn((ApportionmentOutcome.Completed) outcome, draws, input);
    }

    /** Draws always the first option, as many times as needed. */
    static Drawn drawFirstOptions(ApportionmentInput input) {
        List<DrawingOfLots> draws = new ArrayList<>();
        ApportionmentOutcome outcome = Apportionment.apportion(input);
        while (outcome instanceof ApportionmentOutcome.DrawingOfLotsRequired required) {
            draws.add(required.drawing());
            input = input.withLot(required.drawing().decide(required.drawing().options().get(0)));
            outcome = Apportionment.apportion(input);
        }
        return new Drawn((ApportionmentOutcome.Completed) outcome, draws, input);
    }

    record Drawn(ApportionmentOutcome.Completed result, List<DrawingOfLots> draws, ApportionmentInput finalInput) {
        List<Integer> seats() {
            return result.seatAllocation().seatsPerList();
        }
    }
}
