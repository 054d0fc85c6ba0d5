package nl.stemwerk.knowledge.format.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The parsed front matter of one file: its {@code key: value} entries with their line numbers, and the body.
 *
 * @param entries   by key, in file order
 * @param body      everything after the closing {@code ---} line
 * @param bodyStart the line number of the body's first line
 */
public record FrontMatter(Map<String, Entry> entries, String body, int bodyStart) {

    /** A value as written (trimmed) and the line it is on. */
    public record Entry(String value, int line) {
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The line of a key, or 0 when the key is missing (the problem is then about the whole file). */
    public int lineOf(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.line();
    }
}
