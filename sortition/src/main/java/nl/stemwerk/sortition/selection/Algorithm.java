package nl.stemwerk.sortition.selection;

/** How the lottery spreads the chances over the volunteers. */
public enum Algorithm {
    /**
     * Maximise the lowest selection probability, then the second lowest, and so on (Flanigan, Gölz, Gupta,
     * Hennig, Procaccia, Nature 596:548–552, 2021). The default: the fairest lottery that meets the quotas.
     */
    LEXIMIN,
    /** Maximise only the lowest selection probability (the Sortition Foundation's default). */
    MAXIMIN
}
