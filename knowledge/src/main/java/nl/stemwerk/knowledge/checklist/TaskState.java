package nl.stemwerk.knowledge.checklist;

/**
 * Where a checklist task stands for one election in one municipality. The app stores the name; every change
 * goes through a transition method, which returns the next state or throws. Diagram:
 * {@code docs/state-machines/checklist-task.md}.
 */
public enum TaskState {
    /** Still to do ("open"). */
    OPEN,
    /** Done ("afgerond"). */
    DONE,
    /** Does not apply to this municipality or election ("niet van toepassing"). */
    NOT_APPLICABLE;

    /** Marks an open task as done. */
    public TaskState complete() {
        if (this != OPEN) {
            throw refused("complete", "Alleen een open taak kan worden afgerond.");
        }
        return DONE;
    }

    /** Opens a done or not-applicable task again, for example after a mistake. */
    public TaskState reopen() {
        if (this == OPEN) {
            throw refused("reopen", "Deze taak staat al open.");
        }
        return OPEN;
    }

    /** Marks an open task as not applicable. */
    public TaskState markNotApplicable() {
        if (this != OPEN) {
            throw refused("markNotApplicable", "Alleen een open taak kan op 'niet van toepassing' worden gezet.");
        }
        return NOT_APPLICABLE;
    }

    /** Whether the task still needs doing, so that it can be late. */
    public boolean isOpen() {
        return this == OPEN;
    }

    private TaskTransitionException refused(String action, String message) {
        return new TaskTransitionException(this, action, message);
    }
}
