package nl.stemwerk.knowledge.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of an article: the text that applies to one election.
 *
 * @param appliesTo  the election this version is written for; also the file name
 * @param updated    when the text was last checked or changed
 * @param changeNote one line on what changed since the previous version; empty for the first version
 */
public record ArticleVersion(Metadata metadata, Edition appliesTo, LocalDate updated, String changeNote, String body)
        implements ContentItem {

    public ArticleVersion {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(changeNote, "changeNote");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String path() {
        return ContentType.ARTICLE.folder() + "/" + id() + "/" + appliesTo.code() + ".md";
    }
}
