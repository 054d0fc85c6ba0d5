package nl.stemwerk.sortition.selection;

/** How the lottery treats a group of volunteers. A classification, not a state: it does not change. */
public enum GroupRole {
    /** Drawn by the lottery. */
    FREE,
    /** Already confirmed: on every panel. */
    KEPT,
    /** Lives with a kept member while one member per household is asked: on no panel. */
    EXCLUDED
}
