package nl.stemwerk.app.platform.cli;

/** Exit codes of the {@code stemwerk} command, the same for every subcommand. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check found a problem (e.g. the audit chain is broken). */
    public static final int CHECK_FAILED = 1;
    /** The input was wrong (bad flags, bad file). */
    public static final int BAD_INPUT = 2;
    /** The environment is wrong: port in use, folder not writable, database unreachable. */
    public static final int ENVIRONMENT = 3;
    /** The database could not be migrated; nothing was changed. */
    public static final int MIGRATION_FAILED = 4;
    /** A decision by lot is needed before the command can finish (seat allocation). */
    public static final int DRAWING_OF_LOTS_REQUIRED = 5;

    private ExitCodes() {
    }
}
