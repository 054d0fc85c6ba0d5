package nl.stemwerk.kieswet.dataentry;

import java.util.Objects;

/** A data-entry transition that is not allowed, with its code and a Dutch message (B1). */
public final class DataEntryTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final DataEntryTransitionError error;
    private final DataEntryStatusName state;
    private final DataEntryAction action;

    public DataEntryTransitionException(DataEntryTransitionError error, DataEntryStatusName state,
                                        DataEntryAction action) {
        super(error.dutchMessage() + " (" + action + " in " + state + ")");
        this.error = Objects.requireNonNull(error, "error");
        this.state = Objects.requireNonNull(state, "state");
        this.action = Objects.requireNonNull(action, "action");
    }

    public DataEntryTransitionError error() {
        return error;
    }

    public String code() {
        return error.name();
    }

    /** The state the action was tried in. */
    public DataEntryStatusName state() {
        return state;
    }

    /** The action that was tried. */
    public DataEntryAction action() {
        return action;
    }
}
