package nl.stemwerk.turnout.evaluation;

/** What a comparison of two shares may conclude. */
public enum Verdict {
    /** Higher, by more than chance explains. */
    CLEAR_INCREASE,
    /** Lower, by more than chance explains. */
    CLEAR_DECREASE,
    /** The difference is within what chance alone gives. */
    NO_CLEAR_CHANGE,
    /** Fewer than 10 on one side of a share: the test does not apply, so nothing can be said. */
    TOO_FEW
}
