package nl.stemwerk.knowledge.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ContentItem;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Metadata;
import nl.stemwerk.knowledge.model.Newsletter;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.format.internal.Keys;

/**
 * Writes content back in the kennisbank format, keys in a fixed order, so that importing what was exported
 * gives the same content again. Returns text; the caller decides where it goes.
 */
public final class ContentExporter {

    private static final String FENCE = "---\n";

    private ContentExporter() {
    }

    /** Every file of the knowledge base, by path below the content root, in path order. */
    public static SortedMap<String, String> writeAll(KnowledgeBase knowledgeBase) {
        return knowledgeBase.items().collect(Collectors.toMap(ContentItem::path, ContentExporter::write,
                (a, b) -> a, TreeMap::new));
    }

    /**
     * One file as text.
     *
     * @throws IllegalArgumentException when a value cannot be written in the format: it spans more lines, has
     *                                  spaces at its ends, or is a list item containing a semicolon
     */
    public static String write(ContentItem item) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(common(item.metadata()));
        switch (item) {
            case ArticleVersion v -> {
                entries.add(Map.entry(Keys.APPLIES_TO, v.appliesTo().code()));
                entries.add(Map.entry(Keys.UPDATED, v.updated().toString()));
                entries.add(Map.entry(Keys.CHANGE_NOTE, value(Keys.CHANGE_NOTE, v.changeNote())));
            }
            case Faq f -> entries.add(Map.entry(Keys.UPDATED, f.updated().toString()));
            case Newsletter n -> {
                entries.add(Map.entry(Keys.NUMBER, value(Keys.NUMBER, n.number())));
                entries.add(Map.entry(Keys.DATE, n.date().toString()));
                entries.add(Map.entry(Keys.TOPICS, list(Keys.TOPICS, n.topics().stream().map(Topic::label).toList())));
            }
            case Checklist c -> {
                if (!c.anchorHint().isEmpty()) {
                    entries.add(Map.entry(Keys.ANCHOR_HINT, value(Keys.ANCHOR_HINT, c.anchorHint())));
                }
            }
        }
        StringBuilder text = new StringBuilder(FENCE);
        for (Map.Entry<String, String> entry : entries) {
            text.append(entry.getKey()).append(':');
            if (!entry.getValue().isEmpty()) {
                text.append(' ').append(entry.getValue());
            }
            text.append('\n');
        }
        return text.append(FENCE).append(item.body()).toString();
    }

    private static List<Map.Entry<String, String>> common(Metadata m) {
        return List.of(
                Map.entry(Keys.ID, value(Keys.ID, m.id())),
                Map.entry(Keys.TYPE, m.type().key()),
                Map.entry(Keys.TITLE, value(Keys.TITLE, m.title())),
                Map.entry(Keys.SUMMARY, value(Keys.SUMMARY, m.summary())),
                Map.entry(Keys.TOPIC, m.topic().label()),
                Map.entry(Keys.ELECTIONS, list(Keys.ELECTIONS, m.elections().stream().map(ElectionType::name).toList())),
                Map.entry(Keys.LAW, list(Keys.LAW, m.law())));
    }

    private static String value(String key, String value) {
        if (value.contains("\n") || value.contains("\r") || !value.equals(value.strip())) {
            throw new IllegalArgumentException("De waarde bij '" + key + "' moet op één regel staan, zonder spaties "
                    + "aan het begin of eind: \"" + value + "\".");
        }
        return value;
    }

    private static String list(String key, List<String> values) {
        for (String item : values) {
            if (item.isBlank() || item.contains(";")) {
                throw new IllegalArgumentException("In de lijst bij '" + key + "' mag geen lege waarde of puntkomma "
                        + "staan: \"" + item + "\".");
            }
            value(key, item);
        }
        return String.join(Keys.LIST_SEPARATOR, values);
    }
}
