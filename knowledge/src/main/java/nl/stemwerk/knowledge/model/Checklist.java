package nl.stemwerk.knowledge.model;

import java.util.List;
import java.util.Objects;

/**
 * A checklist template: tasks with deadlines relative to anchor days, read from the task lines of the body.
 *
 * @param anchorHint optional note for the official on which anchor dates to fill in; empty when absent
 * @param tasks      the task lines of the body, in order
 */
public record Checklist(Metadata metadata, String anchorHint, String body, List<ChecklistTask> tasks)
        implements ContentItem {

    public Checklist {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(anchorHint, "anchorHint");
        Objects.requireNonNull(body, "body");
        tasks = List.copyOf(tasks);
    }

    @Override
    public String path() {
        return ContentType.CHECKLIST.folder() + "/" + id() + ".md";
    }
}
