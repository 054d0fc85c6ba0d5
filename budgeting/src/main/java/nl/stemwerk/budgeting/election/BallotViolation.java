package nl.stemwerk.budgeting.election;

/**
 * Why a ballot breaks the rules of the vote.
 *
 * @param kind    what is wrong
 * @param message Dutch text (B1) that names the value, without a line number
 */
public record BallotViolation(Kind kind, String message) {

    /** What is wrong with the ballot. */
    public enum Kind {
        UNKNOWN_PROJECT(true),
        DUPLICATE_PROJECT(true),
        TOO_FEW_PROJECTS(true),
        TOO_MANY_PROJECTS(true),
        POINTS_COUNT_MISMATCH(true),
        POINTS_OUT_OF_RANGE(true),
        POINTS_TOTAL_OUT_OF_RANGE(true),
        /**
         * The chosen projects cost more or less than the voting form allows. A rule for the form, not for counting:
         * published data breaks it (Amsterdam 252 has ballots of € 500.000 under a {@code max_sum_cost} of
         * € 250.000), and the count does not depend on it.
         */
        COST_OUT_OF_RANGE(false);

        private final boolean blocksCounting;

        Kind(boolean blocksCounting) {
            this.blocksCounting = blocksCounting;
        }

        /** True when a ballot with this problem cannot be counted. */
        public boolean blocksCounting() {
            return blocksCounting;
        }
    }
}
