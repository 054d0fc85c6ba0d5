package nl.stemwerk.sortition.internal;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Turns panel probabilities into whole tickets that add up exactly to the total (largest-remainder method):
 * every panel first gets the whole part, then the panels with the largest remainders get one more, ties going
 * to the lower index. The draw then works on integers only, so a replay cannot differ by rounding.
 */
public final class TicketRounding {
    private TicketRounding() {
    }

    public static long[] round(double[] probabilities, long total) {
        double sum = 0;
        for (double probability : probabilities) {
            if (probability < 0 || Double.isNaN(probability)) {
                throw new IllegalArgumentException("negative probability " + probability);
            }
            sum += probability;
        }
        long[] tickets = new long[probabilities.length];
        double[] remainders = new double[probabilities.length];
        long given = 0;
        for (int p = 0; p < probabilities.length; p++) {
            double exact = probabilities[p] / sum * total;
            tickets[p] = (long) Math.floor(exact);
            remainders[p] = exact - tickets[p];
            given += tickets[p];
        }
        int[] order = IntStream.range(0, probabilities.length).boxed()
                .sorted(Comparator.comparingDouble((Integer p) -> -remainders[p]).thenComparing(p -> p))
                .mapToInt(Integer::intValue).toArray();
        for (int j = 0; given < total; j = (j + 1) % order.length) {
            tickets[order[j]]++;
            given++;
        }
        return tickets;
    }
}
