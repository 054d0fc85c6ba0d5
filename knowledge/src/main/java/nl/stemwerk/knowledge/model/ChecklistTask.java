package nl.stemwerk.knowledge.model;

import java.util.Objects;

/**
 * One task line of a checklist template.
 *
 * @param id       stable id: the checklist id, a slash, and a hash of the task text, so that progress the app
 *                 stores survives when editors add or move other tasks
 * @param section  the nearest heading above the task; empty when there is none
 * @param text     the task as officials read it, without the {@code {deadline: …; role: …}} part
 * @param deadline when it must be done, relative to an anchor day
 * @param role     who does it
 * @param line     the line number in the file (1-based)
 */
public record ChecklistTask(String id, String section, String text, RelativeDeadline deadline, Role role, int line) {

    public ChecklistTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(role, "role");
    }
}
