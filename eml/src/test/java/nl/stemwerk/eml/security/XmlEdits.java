package nl.stemwerk.eml.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Structural mutations for fuzzing: copy or drop one whole element of a well-formed file. */
final class XmlEdits {
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w.:-]*)[^<>]*?(/?)>");

    private XmlEdits() {
    }

    /** The text with the element chosen by {@code pick} doubled or removed; unchanged when it has no elements. */
    static String editElement(String xml, int pick, boolean duplicate) {
        List<int[]> elements = new ArrayList<>();
        Matcher start = START_TAG.matcher(xml);
        while (start.find()) {
            int end = start.group(2).isEmpty() ? endOf(xml, start.group(1), start.end()) : start.end();
            if (end > 0) {
                elements.add(new int[] {start.start(), end});
            }
        }
        if (elements.isEmpty()) {
            return xml;
        }
        int[] element = elements.get(pick % elements.size());
        String content = xml.substring(element[0], element[1]);
        return xml.substring(0, element[0]) + (duplicate ? content + content : "") + xml.substring(element[1]);
    }

    private static int endOf(String xml, String name, int from) {
        int depth = 1;
        Matcher tags = Pattern.compile("<(/?)" + Pattern.quote(name) + "(?=[\\s/>])[^<>]*?(/?)>").matcher(xml);
        tags.region(from, xml.length());
        while (tags.find()) {
            if (!tags.group(1).isEmpty()) {
                depth--;
            } else if (tags.group(2).isEmpty()) {
                depth++;
            }
            if (depth == 0) {
                return tags.end();
            }
        }
        return -1;
    }
}
