package nl.stemwerk.knowledge.relevance;

import java.util.Objects;

/**
 * One line of the relevance set: a query as an official would type it and the item that must come in the top 3.
 *
 * @param line the line number in the file (1-based), for reporting
 */
public record RelevanceCase(String query, String expectedId, String note, int line) {

    public RelevanceCase {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(expectedId, "expectedId");
        Objects.requireNonNull(note, "note");
    }
}
