package nl.stemwerk.sortition.selection;

/**
 * The phases of one computation, in the order they run (see docs/state-machines/selection-phase.md). Only
 * {@link #next()} moves between them.
 */
public enum SelectionPhase {
    /** Checking that the quotas can be met at all. */
    CHECKING_QUOTAS,
    /** Finding a first, varied set of panels that meet the quotas. */
    FINDING_PANELS,
    /** Raising the lowest probabilities, level by level, while adding panels that help. */
    RAISING_PROBABILITIES,
    /** Turning the probabilities per panel into whole numbers of tickets. */
    DIVIDING_TICKETS,
    /** The lottery is ready. */
    DONE;

    /** The phase after this one; {@link #DONE} has none. */
    public SelectionPhase next() {
        if (this == DONE) {
            throw new IllegalStateException("DONE is the last phase");
        }
        return values()[ordinal() + 1];
    }
}
