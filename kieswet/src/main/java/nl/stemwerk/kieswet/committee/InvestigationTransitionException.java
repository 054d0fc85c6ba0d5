package nl.stemwerk.kieswet.committee;

import java.util.Objects;

/** An investigation transition that is not allowed, with its code and a Dutch message (B1). */
public final class InvestigationTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final InvestigationTransitionError error;
    private final InvestigationStatus state;
    private final InvestigationAction action;

    public InvestigationTransitionException(InvestigationTransitionError error, InvestigationStatus state,
                                            InvestigationAction action) {
        super(error.dutchMessage() + " (" + action + " in " + state + ")");
        this.error = Objects.requireNonNull(error, "error");
        this.state = Objects.requireNonNull(state, "state");
        this.action = Objects.requireNonNull(action, "action");
    }

    public InvestigationTransitionError error() {
        return error;
    }

    public String code() {
        return error.name();
    }

    public InvestigationStatus state() {
        return state;
    }

    public InvestigationAction action() {
        return action;
    }
}
