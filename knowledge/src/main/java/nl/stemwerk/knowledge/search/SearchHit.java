package nl.stemwerk.knowledge.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;

/**
 * One result. The two HTML fields are safe to put on a page as they are: all text is escaped and only
 * {@code <mark>} around the words that matched is added.
 *
 * @param titleHtml   the title with matched words marked
 * @param snippetHtml one or two passages of the text around the matches, or the summary
 * @param score       the ranking score; only its order means something
 */
public record SearchHit(DocumentKind kind, String id, String title, String summary, String titleHtml,
                        String snippetHtml, Topic topic, List<ElectionType> elections, Optional<LocalDate> date,
                        Optional<Edition> edition, float score) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        elections = List.copyOf(elections);
    }
}
