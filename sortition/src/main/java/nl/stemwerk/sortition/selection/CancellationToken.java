package nl.stemwerk.sortition.selection;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets another thread (a "stop" button) ask a running computation to stop. The computation checks the token
 * between two solver calls and then returns {@link SelectionOutcome.Cancelled} with a checkpoint to resume from.
 */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** A token nobody cancels. */
    public static CancellationToken none() {
        return new CancellationToken();
    }
}
