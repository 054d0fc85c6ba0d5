package nl.stemwerk.knowledge.checklist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ChecklistTask;

/**
 * A checklist template made concrete for one election: every task with its real deadline, earliest first (tasks
 * with the same deadline keep their order in the template).
 */
public record ChecklistPlan(Checklist checklist, ElectionSchedule schedule, List<ScheduledTask> tasks) {

    public ChecklistPlan {
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(schedule, "schedule");
        tasks = List.copyOf(tasks);
    }

    public static ChecklistPlan of(Checklist checklist, ElectionSchedule schedule) {
        List<ScheduledTask> tasks = checklist.tasks().stream()
                .map(task -> new ScheduledTask(task, due(task, schedule)))
                .sorted(Comparator.comparing(ScheduledTask::due))
                .toList();
        return new ChecklistPlan(checklist, schedule, tasks);
    }

    private static LocalDate due(ChecklistTask task, ElectionSchedule schedule) {
        return schedule.dayOf(task.deadline().anchor()).plusDays(task.deadline().offsetDays());
    }

    /**
     * The tasks that are late on a day.
     *
     * @param states the state per task id; a task that is not in the map is open
     */
    public List<ScheduledTask> lateOn(LocalDate day, Map<String, TaskState> states) {
        return tasks.stream().filter(t -> t.isLateOn(day, stateOf(t, states))).toList();
    }

    /** The open tasks with a deadline from {@code first} up to and including {@code last}. */
    public List<ScheduledTask> openBetween(LocalDate first, LocalDate last, Map<String, TaskState> states) {
        return tasks.stream()
                .filter(t -> stateOf(t, states).isOpen())
                .filter(t -> !t.due().isBefore(first) && !t.due().isAfter(last))
                .toList();
    }

    static TaskState stateOf(ScheduledTask task, Map<String, TaskState> states) {
        return states.getOrDefault(task.task().id(), TaskState.OPEN);
    }
}
