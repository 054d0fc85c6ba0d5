package nl.stemwerk.app.knowledge.search;

import java.util.List;
import nl.stemwerk.knowledge.search.DeskAnswer;

/** The published answers of the information desk, for building the index at start-up. */
public interface DeskAnswerSource {
    List<DeskAnswer> publishedAnswers();
}
