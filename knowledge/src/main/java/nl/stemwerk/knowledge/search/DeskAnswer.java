package nl.stemwerk.knowledge.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;

/**
 * An answer of the information desk ("informatiepunt"), published by the app at runtime and searchable next to
 * the content.
 *
 * @param id         the app's id, unique among desk answers
 * @param question   the question as published; shown as the title
 * @param answer     the answer in Markdown
 * @param elections  the election types it applies to; empty when it applies to all
 * @param answeredOn the day the answer was published
 */
public record DeskAnswer(String id, String question, String answer, Topic topic, List<ElectionType> elections,
                         LocalDate answeredOn) {

    public DeskAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(topic, "topic");
        elections = List.copyOf(elections);
        Objects.requireNonNull(answeredOn, "answeredOn");
        if (id.isBlank() || question.isBlank()) {
            throw new IllegalArgumentException("Een antwoord van het informatiepunt heeft een id en een vraag nodig.");
        }
    }
}
