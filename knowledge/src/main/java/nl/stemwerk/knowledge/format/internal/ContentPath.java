package nl.stemwerk.knowledge.format.internal;

import java.util.Optional;
import nl.stemwerk.knowledge.model.ContentType;

/**
 * What a file's place below the content root says about it: its type, its id, and for articles the election
 * version in the file name.
 *
 * @param version the file name without {@code .md} for articles (e.g. {@code GR2026}); empty for other types
 */
public record ContentPath(ContentType type, String id, String version) {

    public static boolean isMarkdown(String path) {
        return path.endsWith(".md");
    }

    /** Empty when the file is not in one of the places the format defines. */
    public static Optional<ContentPath> parse(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && parts[0].equals(ContentType.ARTICLE.folder())) {
            return Optional.of(new ContentPath(ContentType.ARTICLE, parts[1], stripExtension(parts[2])));
        }
        if (parts.length == 2) {
            return ContentType.fromFolder(parts[0])
                    .filter(type -> type != ContentType.ARTICLE)
                    .map(type -> new ContentPath(type, stripExtension(parts[1]), ""));
        }
        return Optional.empty();
    }

    private static String stripExtension(String name) {
        return name.substring(0, name.length() - ".md".length());
    }
}
