package nl.stemwerk.knowledge.model;

import java.time.LocalDate;
import java.util.Objects;

/** A frequently asked question ("veelgestelde vraag"); the title is the question, the body the answer. */
public record Faq(Metadata metadata, LocalDate updated, String body) implements ContentItem {

    public Faq {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String path() {
        return ContentType.FAQ.folder() + "/" + id() + ".md";
    }
}
