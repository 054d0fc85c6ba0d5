package nl.stemwerk.knowledge.model;

import java.util.List;
import java.util.Objects;

/**
 * The front-matter keys every content file has.
 *
 * @param id        slug of a-z, 0-9 and hyphens; unique over all content
 * @param type      which kind of file this is
 * @param title     the title officials see
 * @param summary   one sentence at B1 level
 * @param topic     the tile the item belongs to
 * @param elections the election types it applies to, in file order
 * @param law       citations such as "Kieswet art. J 1", in file order; may be empty except for articles
 */
public record Metadata(
        String id,
        ContentType type,
        String title,
        String summary,
        Topic topic,
        List<ElectionType> elections,
        List<String> law) {

    public Metadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(topic, "topic");
        elections = List.copyOf(elections);
        law = List.copyOf(law);
    }
}
