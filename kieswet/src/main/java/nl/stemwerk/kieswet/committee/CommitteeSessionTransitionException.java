package nl.stemwerk.kieswet.committee;

import java.util.Objects;

/** A session transition that is not allowed, with its code and a Dutch message (B1). */
public final class CommitteeSessionTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final CommitteeSessionTransitionError error;
    private final CommitteeSessionStatus state;
    private final CommitteeSessionAction action;

    public CommitteeSessionTransitionException(CommitteeSessionTransitionError error, CommitteeSessionStatus state,
                                               CommitteeSessionAction action) {
        super(error.dutchMessage() + " (" + action + " in " + state + ")");
        this.error = Objects.requireNonNull(error, "error");
        this.state = Objects.requireNonNull(state, "state");
        this.action = Objects.requireNonNull(action, "action");
    }

    public CommitteeSessionTransitionError error() {
        return error;
    }

    public String code() {
        return error.name();
    }

    public CommitteeSessionStatus state() {
        return state;
    }

    public CommitteeSessionAction action() {
        return action;
    }
}
