package nl.stemwerk.knowledge.checklist;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines: TEXT values escaped (RFC 5545 section 3.3.11) and lines longer than 75 octets
 * folded with CRLF and one space (section 3.1), never inside a UTF-8 character.
 */
final class ContentLines {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in its final form (dates, codes, UIDs without special characters). */
    ContentLines raw(String nameAndParameters, String value) {
        out.append(fold(nameAndParameters + ":" + value)).append(CRLF);
        return this;
    }

    /** A property with a TEXT value. */
    ContentLines text(String name, String value) {
        return raw(name, escape(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** Splits a line into pieces of at most 75 octets; every piece after the first starts with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int charCount = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(line, i, i + charCount);
            octets += size;
            i += charCount;
        }
        return folded.toString();
    }
}
