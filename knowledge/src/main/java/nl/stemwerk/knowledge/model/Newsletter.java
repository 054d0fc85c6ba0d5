package nl.stemwerk.knowledge.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One issue of the election team's newsletter ("nieuwsbrief").
 *
 * @param number the issue number, e.g. {@code 2026-03}
 * @param date   the day it was sent
 * @param topics the tiles it covers, in file order
 */
public record Newsletter(Metadata metadata, String number, LocalDate date, List<Topic> topics, String body)
        implements ContentItem {

    public Newsletter {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        topics = List.copyOf(topics);
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String path() {
        return ContentType.NEWSLETTER.folder() + "/" + id() + ".md";
    }
}
