package nl.stemwerk.knowledge.search;

/**
 * How many results a filter value would give.
 *
 * @param value the value to pass back in a {@link SearchRequest} (an enum constant's name)
 * @param label the Dutch text to show
 */
public record FacetCount(String value, String label, int count) {
}
