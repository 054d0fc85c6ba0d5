package nl.stemwerk.knowledge.format.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.stemwerk.knowledge.model.ContentType;

/** The front-matter keys of the content format, in the order the exporter writes them. */
public final class Keys {

    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String TOPIC = "topic";
    public static final String ELECTIONS = "elections";
    public static final String LAW = "law";
    public static final String APPLIES_TO = "applies_to";
    public static final String UPDATED = "updated";
    public static final String CHANGE_NOTE = "change_note";
    public static final String NUMBER = "number";
    public static final String DATE = "date";
    public static final String TOPICS = "topics";
    public static final String ANCHOR_HINT = "anchor_hint";

    /** List values are separated by space-semicolon-space, because law citations contain commas. */
    public static final String LIST_SEPARATOR = " ; ";

    private static final List<String> COMMON = List.of(ID, TYPE, TITLE, SUMMARY, TOPIC, ELECTIONS, LAW);

    private Keys() {
    }

    /** All keys of a type, common ones first. */
    public static List<String> of(ContentType type) {
        List<String> keys = new ArrayList<>(COMMON);
        keys.addAll(switch (type) {
            case ARTICLE -> List.of(APPLIES_TO, UPDATED, CHANGE_NOTE);
            case FAQ -> List.of(UPDATED);
            case NEWSLETTER -> List.of(NUMBER, DATE, TOPICS);
            case CHECKLIST -> List.of(ANCHOR_HINT);
        });
        return List.copyOf(keys);
    }

    /** Keys of any type: a key outside this set is unknown, a key inside it may still not fit the type. */
    public static Set<String> all() {
        Set<String> keys = new LinkedHashSet<>();
        for (ContentType type : ContentType.values()) {
            keys.addAll(of(type));
        }
        return keys;
    }

    /** Keys a file may leave out: only the optional hint of a checklist. */
    public static boolean optional(String key) {
        return key.equals(ANCHOR_HINT);
    }

    /** Keys whose value may be empty; an article without law is reported on its own, with a clearer message. */
    public static boolean mayBeEmpty(String key) {
        return key.equals(CHANGE_NOTE) || key.equals(ANCHOR_HINT) || key.equals(LAW);
    }
}
