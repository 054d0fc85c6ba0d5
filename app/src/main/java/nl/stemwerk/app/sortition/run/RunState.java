package nl.stemwerk.app.sortition.run;

import nl.stemwerk.app.platform.web.InvalidInput;

/**
 * Where a background run of a lottery computation is (see docs/state-machines/sortition-run.md). Every arrow is a
 * method; any other call throws {@link InvalidInput} (field {@code run}) with a Dutch message.
 */
public enum RunState {
    /** Waiting for the computing thread. */
    QUEUED,
    /** Being computed. */
    RUNNING,
    /** The lottery is stored with the burgerberaad. */
    COMPUTED,
    /** Stopped by the griffie, or by a server stop; the checkpoint (if any) is kept and the run can resume. */
    CANCELLED,
    /** Stopped by an error; start a new run. */
    FAILED,
    /** No panel meets the quotas; the message holds the library's advice. */
    INFEASIBLE;

    public RunState start() {
        return require(this == QUEUED, RUNNING, "Deze berekening wacht niet meer en kan niet beginnen.");
    }

    public RunState compute() {
        return require(this == RUNNING, COMPUTED, "Alleen een lopende berekening kan klaar zijn.");
    }

    /** The griffie stops a waiting or running run. */
    public RunState cancel() {
        return require(this == QUEUED || this == RUNNING, CANCELLED,
                "Alleen een wachtende of lopende berekening kan worden geannuleerd.");
    }

    /** The server stopped during the run (found at the next start). */
    public RunState interrupt() {
        return require(this == QUEUED || this == RUNNING, CANCELLED,
                "Alleen een wachtende of lopende berekening kan onderbroken zijn.");
    }

    public RunState fail() {
        return require(this == RUNNING, FAILED, "Alleen een lopende berekening kan mislukken.");
    }

    public RunState infeasible() {
        return require(this == RUNNING, INFEASIBLE, "Alleen een lopende berekening kan de quota onmogelijk vinden.");
    }

    public RunState resume() {
        return require(this == CANCELLED, QUEUED, "Alleen een geannuleerde berekening kan worden hervat.");
    }

    /** Waiting or computing: the page polls for progress and offers to cancel. */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }

    private RunState require(boolean allowed, RunState to, String dutchMessage) {
        if (!allowed) {
            throw InvalidInput.of("run", dutchMessage);
        }
        return to;
    }
}
