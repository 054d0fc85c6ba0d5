package nl.stemwerk.app.turnout;

/** Who may do what with turnout, as {@code @PreAuthorize} expressions. */
public final class TurnoutAccess {
    /** Read figures, maps, downloads and the what-if (which stores nothing). */
    public static final String READ =
            "hasAnyRole('GRIFFIE', 'COORDINATOR', 'GSB_VOORZITTER', 'GSB_LID', 'CSB', 'BEHEERDER', 'RAADPLEGER')";
    /** Import files. */
    public static final String IMPORT = "hasAnyRole('GRIFFIE', 'BEHEERDER')";

    private TurnoutAccess() {
    }
}
