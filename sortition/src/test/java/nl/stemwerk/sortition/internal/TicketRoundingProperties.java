package nl.stemwerk.sortition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

class TicketRoundingProperties {

    @Property
    void ticketsAddUpExactlyAndStayWithinOneOfTheExactShare(
            @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1) Double> weights) {
        double[] probabilities = weights.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = Arrays.stream(probabilities).sum();
        if (sum == 0) {
            return;
        }
        long total = 1_000_000_000L;

        long[] tickets = TicketRounding.round(probabilities, total);

        assertThat(Arrays.stream(tickets).sum()).isEqualTo(total);
        for (int p = 0; p < tickets.length; p++) {
            double exact = probabilities[p] / sum * total;
            assertThat((double) tickets[p]).isBetween(Math.floor(exact), Math.floor(exact) + 1);
        }
    }

    @Test
    void remaindersAreGivenToTheLargestFractionsFirst() {
        assertThat(TicketRounding.round(new double[] {0.25, 0.37, 0.38}, 10)).containsExactly(2, 4, 4);
        assertThat(TicketRounding.round(new double[] {1, 1, 1}, 10)).as("ties go to the lower index")
                .containsExactly(4, 3, 3);
    }
}
