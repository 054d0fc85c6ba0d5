package nl.stemwerk.sortition.internal;

/** Thrown inside the search when the caller cancels; carries the state to resume from. */
public final class SearchCancelled extends RuntimeException {
    private final transient SearchState state;

    SearchCancelled(SearchState state) {
        super("cancelled", null, false, false);
        this.state = state;
    }

    public SearchState state() {
        return state;
    }
}
