package nl.stemwerk.knowledge.search;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a search.
 *
 * @param searchedText the words actually searched: the query after cutting it to a sensible length
 * @param totalHits    how many items match in all (the hits are one page of them)
 * @param topics       per tile, how many results it would give (counted as if that filter were not set)
 * @param elections    per election type, likewise
 * @param kinds        per kind, likewise
 * @param didYouMean   the query with typing errors corrected ("Bedoelde u: …"), when words were not found;
 *                     the hits already include results for the corrected words
 */
public record SearchResult(String searchedText, long totalHits, List<SearchHit> hits, List<FacetCount> topics,
                           List<FacetCount> elections, List<FacetCount> kinds, Optional<String> didYouMean) {

    public SearchResult {
        hits = List.copyOf(hits);
        topics = List.copyOf(topics);
        elections = List.copyOf(elections);
        kinds = List.copyOf(kinds);
    }

    public static SearchResult empty(String searchedText) {
        return new SearchResult(searchedText, 0, List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }
}
