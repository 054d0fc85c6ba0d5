package nl.stemwerk.knowledge.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with its version history: one version per election it was written for, oldest first.
 */
public record Article(String id, List<ArticleVersion> versions) {

    public Article {
        Objects.requireNonNull(id, "id");
        versions = versions.stream().sorted(Comparator.comparing(ArticleVersion::appliesTo)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("Artikel " + id + " heeft geen enkele versie.");
        }
        if (versions.stream().anyMatch(v -> !v.id().equals(id))) {
            throw new IllegalArgumentException("Alle versies van artikel " + id + " moeten dat id hebben.");
        }
        if (versions.stream().map(ArticleVersion::appliesTo).distinct().count() != versions.size()) {
            throw new IllegalArgumentException("Artikel " + id + " heeft twee versies voor dezelfde verkiezing.");
        }
    }

    /** The newest version: what officials act on today. */
    public ArticleVersion latest() {
        return versions.getLast();
    }

    /** The version written for exactly this election. */
    public Optional<ArticleVersion> version(Edition edition) {
        return versions.stream().filter(v -> v.appliesTo().equals(edition)).findFirst();
    }

    /**
     * The version that was in force for an election: the one written for it, or else the newest one written
     * before it. Empty when the article did not exist yet.
     */
    public Optional<ArticleVersion> versionInForceAt(Edition edition) {
        return versions.stream().filter(v -> v.appliesTo().compareTo(edition) <= 0).reduce((a, b) -> b);
    }

    /** The version just before this one; empty for the first version. */
    public Optional<ArticleVersion> previous(ArticleVersion version) {
        int index = versions.indexOf(version);
        return index > 0 ? Optional.of(versions.get(index - 1)) : Optional.empty();
    }
}
