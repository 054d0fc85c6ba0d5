package nl.stemwerk.knowledge.format.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stemwerk.knowledge.format.ProblemCode;

/** Splits a content file into its {@code ---} front matter block and its Markdown body. */
public final class FrontMatterReader {

    private static final String FENCE = "---";
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)");

    private FrontMatterReader() {
    }

    /** Line ends become {@code \n} and a byte order mark is dropped, so that every later step sees one form. */
    public static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static Optional<FrontMatter> read(String file, String rawText, Problems problems) {
        String text = normalise(rawText);
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).stripTrailing().equals(FENCE)) {
            problems.add(file, 1, ProblemCode.NO_FRONT_MATTER);
            return Optional.empty();
        }
        Map<String, FrontMatter.Entry> entries = new LinkedHashMap<>();
        int before = problems.count();
        int start = firstEnd + 1;
        int line = 2;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            String content = text.substring(start, end);
            if (content.stripTrailing().equals(FENCE)) {
                if (problems.count() > before) {
                    return Optional.empty();
                }
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(Collections.unmodifiableMap(entries), body, line + 1));
            }
            if (!content.isBlank()) {
                readEntry(file, content, line, entries, problems);
            }
            if (end >= text.length()) {
                break;
            }
            start = end + 1;
            line++;
        }
        problems.add(file, 1, ProblemCode.FRONT_MATTER_NOT_CLOSED);
        return Optional.empty();
    }

    private static void readEntry(String file, String content, int line, Map<String, FrontMatter.Entry> entries,
                                  Problems problems) {
        Matcher m = KEY_VALUE.matcher(content.strip());
        if (!m.matches()) {
            problems.add(file, line, ProblemCode.NOT_A_KEY_VALUE, content.strip());
            return;
        }
        String key = m.group(1);
        String value = m.group(2) == null ? "" : m.group(2).strip();
        FrontMatter.Entry earlier = entries.get(key);
        if (earlier != null) {
            problems.add(file, line, ProblemCode.DUPLICATE_KEY, key, earlier.line());
            return;
        }
        entries.put(key, new FrontMatter.Entry(value, line));
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
