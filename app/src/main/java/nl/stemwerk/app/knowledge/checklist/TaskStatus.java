package nl.stemwerk.app.knowledge.checklist;

import java.time.Instant;
import nl.stemwerk.knowledge.checklist.TaskState;

/**
 * Where one task of one checklist instance stands: the newest row of {@code checklist_task_event}.
 *
 * @param version   0 while nothing happened to the task yet; a change must name it
 * @param assignee  user name of the team member who does it; {@code null} when nobody is assigned
 * @param changedBy who made the last change (ticked it off, assigned it)
 */
public record TaskStatus(String taskId, int version, TaskState state, String assignee, String changedBy,
                         Instant changedAt) {

    public static TaskStatus untouched(String taskId) {
        return new TaskStatus(taskId, 0, TaskState.OPEN, null, null, null);
    }
}
