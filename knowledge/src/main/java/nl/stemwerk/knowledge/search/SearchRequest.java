package nl.stemwerk.knowledge.search;

import java.util.Set;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;

/**
 * A search: the words typed, and optional filters by tile, election type and kind (within one filter any value
 * may match; across filters all must). An empty query lists everything that passes the filters, by title.
 */
public record SearchRequest(String query, Set<Topic> topics, Set<ElectionType> elections, Set<DocumentKind> kinds,
                            int offset, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        query = query == null ? "" : query;
        topics = Set.copyOf(topics);
        elections = Set.copyOf(elections);
        kinds = Set.copyOf(kinds);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Vraag 1 tot " + MAX_LIMIT + " resultaten op, vanaf 0 (nu: vanaf "
                    + offset + ", " + limit + ").");
        }
    }

    /** The first page of results for these words, without filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), Set.of(), Set.of(), 0, DEFAULT_LIMIT);
    }

    public SearchRequest withTopics(Set<Topic> value) {
        return new SearchRequest(query, value, elections, kinds, offset, limit);
    }

    public SearchRequest withElections(Set<ElectionType> value) {
        return new SearchRequest(query, topics, value, kinds, offset, limit);
    }

    public SearchRequest withKinds(Set<DocumentKind> value) {
        return new SearchRequest(query, topics, elections, value, offset, limit);
    }

    public SearchRequest page(int newOffset, int newLimit) {
        return new SearchRequest(query, topics, elections, kinds, newOffset, newLimit);
    }
}
