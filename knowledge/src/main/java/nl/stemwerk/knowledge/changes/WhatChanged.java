package nl.stemwerk.knowledge.changes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.KnowledgeBase;

/** "Wat is er veranderd": per article, and for the whole kennisbank, between two elections. */
public final class WhatChanged {

    private WhatChanged() {
    }

    /**
     * The diff between the versions of an article in force at two elections ({@code from} before {@code to}).
     * Empty when the article did not exist yet at {@code to}; when it did not exist at {@code from}, every line
     * is added.
     */
    public static Optional<VersionDiff> diff(Article article, Edition from, Edition to) {
        requireOrder(from, to);
        Optional<ArticleVersion> older = article.versionInForceAt(from);
        return article.versionInForceAt(to).map(newer -> new VersionDiff(article.id(),
                older.map(ArticleVersion::appliesTo), newer.appliesTo(),
                older.filter(v -> v.equals(newer)).isPresent() ? "" : newer.changeNote(),
                TextDiff.lines(older.map(ArticleVersion::body).orElse(""), newer.body())));
    }

    /**
     * Every article with a version written after {@code from} and up to {@code to} that applies to the type of
     * election {@code to} is, in tile order and then by title. Articles written first in that period are in the
     * list too, marked {@link ArticleChange#isNew()}.
     */
    public static List<ArticleChange> between(KnowledgeBase knowledgeBase, Edition from, Edition to) {
        requireOrder(from, to);
        return knowledgeBase.articles().stream()
                .flatMap(article -> change(article, from, to).stream())
                .sorted(Comparator.comparing(ArticleChange::topic).thenComparing(ArticleChange::title))
                .toList();
    }

    private static Optional<ArticleChange> change(Article article, Edition from, Edition to) {
        List<ArticleVersion> inPeriod = article.versions().stream()
                .filter(v -> v.appliesTo().compareTo(from) > 0 && v.appliesTo().compareTo(to) <= 0)
                .toList();
        if (inPeriod.isEmpty()) {
            return Optional.empty();
        }
        ArticleVersion current = inPeriod.getLast();
        if (!current.metadata().elections().contains(to.type())) {
            return Optional.empty();
        }
        Optional<ArticleVersion> previous = article.versionInForceAt(from);
        List<String> notes = inPeriod.stream()
                .filter(v -> article.previous(v).isPresent())
                .map(ArticleVersion::changeNote)
                .toList();
        return Optional.of(new ArticleChange(article.id(), current.title(), current.metadata().topic(),
                previous.map(ArticleVersion::appliesTo), current.appliesTo(), notes));
    }

    private static void requireOrder(Edition from, Edition to) {
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("Vergelijk een oudere verkiezing met een nieuwere: " + from
                    + " komt niet voor " + to + ".");
        }
    }
}
