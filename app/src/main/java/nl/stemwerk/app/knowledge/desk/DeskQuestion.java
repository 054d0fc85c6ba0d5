package nl.stemwerk.app.knowledge.desk;

import java.time.Instant;
import java.util.Optional;
import nl.stemwerk.knowledge.model.Topic;

/**
 * A question to the information desk as it is now, with its published answer.
 *
 * @param acknowledged whether the automatic receipt ("answer within two working days") went out
 * @param answer       the newest version of the answer; empty while unanswered
 * @param faqId        the FAQ entry made from it, if any
 */
public record DeskQuestion(long id, String askedBy, String askedByName, String title, String details, Topic topic,
                           Instant askedAt, boolean acknowledged, Optional<Answer> answer, Optional<String> faqId) {

    /** One version of the answer. */
    public record Answer(int version, String text, String answeredBy, String answeredByName, Instant answeredAt) {
    }

    public boolean answered() {
        return answer.isPresent();
    }

    /** The version a new answer must be based on: 0 before the first answer. */
    public int answerVersion() {
        return answer.map(Answer::version).orElse(0);
    }
}
