package nl.stemwerk.app.platform.cli;

/**
 * A problem that stops Stemwerk from starting or a command from running, with one Dutch sentence for the user
 * and the exit code the launcher returns. Never carries a stack trace to the user.
 */
public class StartupProblem extends RuntimeException {
    private final int exitCode;

    public StartupProblem(int exitCode, String dutchMessage) {
        super(dutchMessage);
        this.exitCode = exitCode;
    }

    public StartupProblem(int exitCode, String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
