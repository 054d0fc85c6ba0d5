package nl.stemwerk.turnout.figures;

/** Builds ratio figures, or says there is nothing to divide by. */
final class Shares {
    private Shares() {
    }

    static Figure<Ratio> of(long part, long whole, String wholeDescription) {
        if (whole <= 0) {
            return Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY,
                    "Er zijn geen " + wholeDescription + ", dus er is geen aandeel te berekenen.");
        }
        return Figure.known(new Ratio(part, whole));
    }
}
