package nl.stemwerk.knowledge.checklist;

import java.time.LocalDate;
import java.util.Objects;
import nl.stemwerk.knowledge.model.ChecklistTask;

/** A checklist task with its real deadline for one election. */
public record ScheduledTask(ChecklistTask task, LocalDate due) {

    public ScheduledTask {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(due, "due");
    }

    /** Late on a day: still open, and the deadline was an earlier day. A task due today is not late yet. */
    public boolean isLateOn(LocalDate day, TaskState state) {
        return state.isOpen() && due.isBefore(day);
    }
}
