package nl.stemwerk.knowledge.changes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.Topic;

/**
 * One article that changed between two elections.
 *
 * @param previous    the version in force at the older election; empty when the article is new since then
 * @param current     the newest version up to the newer election
 * @param changeNotes the change note of every version in between, oldest first
 */
public record ArticleChange(String articleId, String title, Topic topic, Optional<Edition> previous,
                            Edition current, List<String> changeNotes) {

    public ArticleChange {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        changeNotes = List.copyOf(changeNotes);
    }

    /** Whether the article did not exist at the older election. */
    public boolean isNew() {
        return previous.isEmpty();
    }
}
