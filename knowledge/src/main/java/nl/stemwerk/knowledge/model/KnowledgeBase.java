package nl.stemwerk.knowledge.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All content of the kennisbank, as one validated whole. Ids are unique over all types, so a bare id
 * (as used in the relevance set or a link) names exactly one item.
 */
public record KnowledgeBase(List<Article> articles, List<Faq> faqs, List<Newsletter> newsletters,
                            List<Checklist> checklists) {

    public KnowledgeBase {
        articles = List.copyOf(articles);
        faqs = List.copyOf(faqs);
        newsletters = List.copyOf(newsletters);
        checklists = List.copyOf(checklists);
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Faq> faq(String id) {
        return faqs.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Newsletter> newsletter(String id) {
        return newsletters.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Checklist> checklist(String id) {
        return checklists.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every file: all article versions, then FAQ, newsletters and checklists. */
    public Stream<ContentItem> items() {
        return Stream.of(
                articles.stream().flatMap(a -> a.versions().stream()),
                faqs.stream(),
                newsletters.stream(),
                checklists.stream()).flatMap(s -> s);
    }

    /** Whether any item, of any type, has this id. */
    public boolean contains(String id) {
        return items().anyMatch(item -> item.id().equals(id));
    }
}
