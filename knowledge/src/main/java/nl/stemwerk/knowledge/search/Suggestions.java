package nl.stemwerk.knowledge.search;

import java.util.List;

/**
 * Suggestions while typing.
 *
 * @param pages   pages whose title has the typed words, the last one as a beginning
 * @param queries the typed text with its last word completed by a known term (from the dictionary or the text)
 */
public record Suggestions(List<Page> pages, List<String> queries) {

    public record Page(DocumentKind kind, String id, String title) {
    }

    public Suggestions {
        pages = List.copyOf(pages);
        queries = List.copyOf(queries);
    }

    public static Suggestions none() {
        return new Suggestions(List.of(), List.of());
    }
}
