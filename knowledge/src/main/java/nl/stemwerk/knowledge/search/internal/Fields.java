package nl.stemwerk.knowledge.search.internal;

import java.util.List;
import java.util.Map;

/** The names of the fields in the search index and the weight each text field has in ranking. */
public final class Fields {

    /** Kind and id together, e.g. {@code FAQ:stempas-kwijt}: the unit of update and delete. */
    public static final String KEY = "key";
    public static final String KIND = "kind";
    /** Kind, id, title, summary, tile, elections, date and edition of a hit in one doc value. */
    public static final String CARD = "card";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String TOPIC_TEXT = "topic_text";
    public static final String LAW = "law";
    /** Title words as typed (folded, not stemmed), for suggestions as you type. */
    public static final String TITLE_WORDS = "title_words";
    /** All words as written (lower case, not stemmed), for "bedoelde u" and term suggestions. */
    public static final String WORDS = "words";
    public static final String TITLE_SORT = "title_sort";
    public static final String WEIGHT = "weight";

    /** Facet dimensions. */
    public static final String FACET_TOPIC = "topic";
    public static final String FACET_ELECTION = "election";
    public static final String FACET_KIND = "kind";

    /** The analysed text fields searched for every word, with their weight. */
    public static final Map<String, Float> TEXT_FIELDS = Map.of(
            TITLE, 3.0f,
            SUMMARY, 2.0f,
            BODY, 1.0f,
            TOPIC_TEXT, 1.0f);

    public static final List<String> HIGHLIGHTED = List.of(TITLE, SUMMARY, BODY);

    private Fields() {
    }
}
