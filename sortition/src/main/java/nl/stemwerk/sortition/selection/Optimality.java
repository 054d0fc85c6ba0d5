package nl.stemwerk.sortition.selection;

import java.util.Locale;

/**
 * How much of the lottery's fairness is proven. A run with a time budget ({@link SelectionOptions#withTimeBudget})
 * may stop before the column generation has proven its answer; the lottery is then still valid (every panel meets
 * the quotas) but perhaps less fair than possible.
 *
 * @param status           what is proven
 * @param lowestBound      an upper bound on the lowest probability any lottery over panels that meet the quotas
 *                         can give; equal to the lowest probability reached when the minimum is proven
 */
public record Optimality(Status status, double lowestBound) {

    /** What a run proved. A result, not a state machine: nothing moves from one value to another. */
    public enum Status {
        /** The whole computation finished: the lottery is LEXIMIN (or MAXIMIN) optimal. */
        PROVEN,
        /**
         * LEXIMIN stopped after the lowest probability was proven optimal; the probabilities above it are spread
         * evenly over the panels found, but not proven to be as even as possible.
         */
        LOWEST_PROVEN,
        /** Stopped before the lowest probability was proven: it may be raised up to {@code lowestBound}. */
        NOT_PROVEN
    }

    /** A finished computation whose lowest probability is {@code lowest}. */
    public static Optimality proven(double lowest) {
        return new Optimality(Status.PROVEN, lowest);
    }

    /** Whether the computation finished and the lottery is optimal. */
    public boolean proven() {
        return status == Status.PROVEN;
    }

    /** One Dutch sentence for the user, with the lowest probability {@code lowest} the lottery gives. */
    public String message(double lowest) {
        return switch (status) {
            case PROVEN -> "Bewezen optimaal: met deze methode en deze quota kan de loting niet eerlijker.";
            case LOWEST_PROVEN -> String.format(Locale.ROOT, "Niet bewezen optimaal: de tijd was op. De kleinste kans"
                    + " (%.6f) is wel de hoogst mogelijke; de hogere kansen zijn niet verder gelijk gemaakt.", lowest);
            case NOT_PROVEN -> String.format(Locale.ROOT, "Niet bewezen optimaal: de tijd was op. De kleinste kans is"
                    + " %.6f; met meer rekentijd kan die hoogstens %.6f worden.", lowest, lowestBound);
        };
    }
}
