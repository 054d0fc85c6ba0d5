package nl.stemwerk.sortition.selection;

/**
 * Receives progress while a lottery is computed. Calls come from the computing thread; keep them short.
 */
public interface SelectionListener {

    /** Called after each step that changes the figures. */
    default void progress(SelectionProgress progress) {
    }

    /**
     * Called whenever the work so far is worth saving (after the first panels and after each level is fixed).
     * Store {@link Checkpoint#toText()} and pass the checkpoint back to resume after a restart.
     */
    default void checkpoint(Checkpoint checkpoint) {
    }

    /** A listener that ignores everything. */
    static SelectionListener none() {
        return new SelectionListener() {
        };
    }
}
