package nl.stemwerk.knowledge.checklist;

import java.util.Locale;

/** A checklist task cannot go from its state with this action; {@link #code()} names state and action. */
public final class TaskTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final TaskState from;
    private final String action;

    TaskTransitionException(TaskState from, String action, String message) {
        super(message);
        this.from = from;
        this.action = action;
    }

    public TaskState from() {
        return from;
    }

    public String action() {
        return action;
    }

    /** Stable machine code, e.g. {@code TASK_DONE_COMPLETE}. */
    public String code() {
        return "TASK_" + from.name() + "_" + action.toUpperCase(Locale.ROOT);
    }
}
