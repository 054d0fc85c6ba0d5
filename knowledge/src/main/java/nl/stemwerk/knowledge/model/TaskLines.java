package nl.stemwerk.knowledge.model;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How task lines look in a checklist body: {@code - [ ] <task> {deadline: <anchor><±N>d; role: <role>}}.
 */
public final class TaskLines {

    /** Any list item that starts with a check box, well-formed or not. */
    public static final Pattern START = Pattern.compile("\\s*[-*+]\\s+\\[[^\\]]?\\].*");
    /** A well-formed template task: groups are the text, the deadline and the role. */
    public static final Pattern TASK = Pattern.compile(
            "\\s*[-*+]\\s+\\[ ]\\s+(.+?)\\s*\\{\\s*deadline\\s*:\\s*([^;}]*?)\\s*;\\s*role\\s*:\\s*([^}]*?)\\s*}\\s*");
    private static final Pattern ANNOTATION = Pattern.compile("\\s*\\{\\s*deadline\\s*:[^}]*}\\s*$");

    private TaskLines() {
    }

    /** The body with the {@code {deadline: …; role: …}} part removed from every task line, for reading. */
    public static String withoutAnnotations(String body) {
        return body.lines()
                .map(line -> START.matcher(line).matches() ? ANNOTATION.matcher(line).replaceFirst("") : line)
                .collect(Collectors.joining("\n", "", body.endsWith("\n") ? "\n" : ""));
    }
}
