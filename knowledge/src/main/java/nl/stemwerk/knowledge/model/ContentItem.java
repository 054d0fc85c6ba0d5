package nl.stemwerk.knowledge.model;

/** One content file: its front matter and its Markdown body. */
public sealed interface ContentItem permits ArticleVersion, Faq, Newsletter, Checklist {

    Metadata metadata();

    /** The Markdown after the front matter, with line ends normalised to {@code \n}. */
    String body();

    /** Where the file lives below the content root, e.g. {@code articles/stempas/GR2026.md}. */
    String path();

    default String id() {
        return metadata().id();
    }

    default String title() {
        return metadata().title();
    }
}
