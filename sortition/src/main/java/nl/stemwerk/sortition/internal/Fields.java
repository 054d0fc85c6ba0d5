package nl.stemwerk.sortition.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Tab-separated lines with an escape for tabs, line breaks and backslashes, so that any id or value fits. */
public final class Fields {
    private Fields() {
    }

    /** All lines of a text, read to the end. */
    public static List<String> lines(Reader reader) {
        try (BufferedReader buffered = new BufferedReader(reader)) {
            return buffered.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < fields.size(); j++) {
            if (j > 0) {
                line.append('\t');
            }
            line.append(escape(fields.get(j)));
        }
        return line.toString();
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (c == '\\' && index + 1 < line.length()) {
                char next = line.charAt(++index);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
