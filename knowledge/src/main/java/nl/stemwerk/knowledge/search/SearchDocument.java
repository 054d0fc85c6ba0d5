package nl.stemwerk.knowledge.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.knowledge.model.Newsletter;
import nl.stemwerk.knowledge.model.TaskLines;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.render.MarkdownRenderer;

/**
 * One entry of the search index: what is searched and what a hit shows. Made from content or a desk answer.
 *
 * @param text    the plain text (Markdown marks removed) that is searched and from which snippets come
 * @param date    the day the item was last updated, sent or answered
 * @param edition for an article, the election of the indexed (newest) version
 */
public record SearchDocument(DocumentKind kind, String id, String title, String summary, String text, Topic topic,
                             List<ElectionType> elections, List<String> law, Optional<LocalDate> date,
                             Optional<Edition> edition) {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        elections = List.copyOf(elections);
        law = List.copyOf(law);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(edition, "edition");
    }

    /** An article is found by its newest version: the one officials act on. Older versions are in its history. */
    public static SearchDocument of(Article article) {
        ArticleVersion v = article.latest();
        return new SearchDocument(DocumentKind.ARTICLE, v.id(), v.title(), v.metadata().summary(),
                MarkdownRenderer.toPlainText(v.body()), v.metadata().topic(), v.metadata().elections(),
                v.metadata().law(), Optional.of(v.updated()), Optional.of(v.appliesTo()));
    }

    public static SearchDocument of(Faq faq) {
        return new SearchDocument(DocumentKind.FAQ, faq.id(), faq.title(), faq.metadata().summary(),
                MarkdownRenderer.toPlainText(faq.body()), faq.metadata().topic(), faq.metadata().elections(),
                faq.metadata().law(), Optional.of(faq.updated()), Optional.empty());
    }

    public static SearchDocument of(Newsletter newsletter) {
        return new SearchDocument(DocumentKind.NEWSLETTER, newsletter.id(), newsletter.title(),
                newsletter.metadata().summary(), MarkdownRenderer.toPlainText(newsletter.body()),
                newsletter.metadata().topic(), newsletter.metadata().elections(), newsletter.metadata().law(),
                Optional.of(newsletter.date()), Optional.empty());
    }

    public static SearchDocument of(Checklist checklist) {
        return new SearchDocument(DocumentKind.CHECKLIST, checklist.id(), checklist.title(),
                checklist.metadata().summary(),
                MarkdownRenderer.toPlainText(TaskLines.withoutAnnotations(checklist.body())),
                checklist.metadata().topic(), checklist.metadata().elections(), checklist.metadata().law(),
                Optional.empty(), Optional.empty());
    }

    /** A desk answer; its summary is the start of the answer, as it has none of its own. */
    public static SearchDocument of(DeskAnswer answer) {
        String text = MarkdownRenderer.toPlainText(answer.answer());
        return new SearchDocument(DocumentKind.DESK_ANSWER, answer.id(), answer.question(), firstSentence(text),
                text, answer.topic(), answer.elections(), List.of(), Optional.of(answer.answeredOn()),
                Optional.empty());
    }

    private static String firstSentence(String text) {
        String line = text.lines().findFirst().orElse("");
        int end = line.indexOf(". ");
        return end > 0 ? line.substring(0, end + 1) : line;
    }
}
