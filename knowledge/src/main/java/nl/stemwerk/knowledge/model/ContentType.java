package nl.stemwerk.knowledge.model;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of content file, as written in the {@code type} key of the front matter. */
public enum ContentType {
    ARTICLE("article", "articles"),
    FAQ("faq", "faq"),
    NEWSLETTER("newsletter", "newsletters"),
    CHECKLIST("checklist", "checklists");

    private final String key;
    private final String folder;

    ContentType(String key, String folder) {
        this.key = key;
        this.folder = folder;
    }

    /** The value of the {@code type} key, e.g. {@code faq}. */
    public String key() {
        return key;
    }

    /** The folder under the content root where files of this type live, e.g. {@code newsletters}. */
    public String folder() {
        return folder;
    }

    public static Optional<ContentType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static Optional<ContentType> fromFolder(String folder) {
        return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
    }
}
