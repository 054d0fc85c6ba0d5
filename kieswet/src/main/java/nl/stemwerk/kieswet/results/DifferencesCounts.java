package nl.stemwerk.kieswet.results;

/**
 * Differences between admitted voters (D) and votes cast (H), fields I and J with the comparison
 * boxes of the proces-verbaal.
 *
 * @param moreBallotsCount   I: more ballots counted than admitted voters ("Aantal méér getelde stembiljetten")
 * @param fewerBallotsCount  J: fewer ballots counted than admitted voters ("Aantal minder getelde stembiljetten")
 * @param comparison         which of the three boxes was ticked, when entered
 * @param differenceCompletelyExplained answer to "Is het verschil volledig verklaard?", when asked
 */
public record DifferencesCounts(long moreBallotsCount, long fewerBallotsCount, Comparison comparison,
                                Explained differenceCompletelyExplained) {
    public DifferencesCounts {
        Counts.requireNonNegative("I", moreBallotsCount);
        Counts.requireNonNegative("J", fewerBallotsCount);
        comparison = comparison == null ? Comparison.NOT_ENTERED : comparison;
        differenceCompletelyExplained = differenceCompletelyExplained == null
                ? Explained.NOT_ENTERED : differenceCompletelyExplained;
    }

    public static DifferencesCounts none() {
        return new DifferencesCounts(0, 0, Comparison.NOT_ENTERED, Explained.NOT_ENTERED);
    }

    /** The "Vergelijk D en H" boxes. */
    public enum Comparison { NOT_ENTERED, EQUAL, MORE_BALLOTS, FEWER_BALLOTS }

    /** Answer to whether the difference is fully explained. */
    public enum Explained { NOT_ENTERED, YES, NO }
}
