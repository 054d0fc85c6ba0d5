package nl.stemwerk.knowledge.format.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.stemwerk.knowledge.model.ChecklistTask;
import nl.stemwerk.knowledge.model.RelativeDeadline;
import nl.stemwerk.knowledge.model.Role;
import nl.stemwerk.knowledge.model.TaskLines;
import nl.stemwerk.knowledge.format.ProblemCode;

/**
 * Reads the task lines of a checklist body: {@code - [ ] <task> {deadline: <anchor><±N>d; role: <role>}}.
 * Headings above a task become its section; other lines are text between the tasks.
 */
public final class ChecklistTaskReader {

    private static final Pattern HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");

    private ChecklistTaskReader() {
    }

    public static List<ChecklistTask> read(String file, String checklistId, String body, int firstLine,
                                           Problems problems) {
        List<ChecklistTask> tasks = new ArrayList<>();
        Map<String, Integer> seenHashes = new HashMap<>();
        String section = "";
        boolean inFence = false;
        int before = problems.count();
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = firstLine + i;
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                section = heading.group(1);
            } else if (TaskLines.START.matcher(line).matches()) {
                task(file, checklistId, line, lineNumber, section, seenHashes, problems).ifPresent(tasks::add);
            }
        }
        if (tasks.isEmpty() && problems.count() == before) {
            problems.add(file, firstLine, ProblemCode.NO_TASKS);
        }
        return List.copyOf(tasks);
    }

    private static Optional<ChecklistTask> task(String file, String checklistId, String line, int lineNumber,
                                                String section, Map<String, Integer> seenHashes, Problems problems) {
        Matcher m = TaskLines.TASK.matcher(line);
        if (!m.matches()) {
            problems.add(file, lineNumber, ProblemCode.INVALID_TASK, line.strip());
            return Optional.empty();
        }
        String text = m.group(1);
        Optional<RelativeDeadline> deadline = RelativeDeadline.parse(m.group(2));
        if (deadline.isEmpty()) {
            problems.add(file, lineNumber, ProblemCode.INVALID_DEADLINE, m.group(2));
        }
        Optional<Role> role = Role.fromLabel(m.group(3));
        if (role.isEmpty()) {
            problems.add(file, lineNumber, ProblemCode.INVALID_ROLE, m.group(3), roleList());
        }
        if (deadline.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        String hash = hash(text);
        int occurrence = seenHashes.merge(hash, 1, Integer::sum);
        String id = checklistId + "/" + hash + (occurrence > 1 ? "-" + occurrence : "");
        return Optional.of(new ChecklistTask(id, section, text, deadline.get(), role.get(), lineNumber));
    }

    /** Ten hex digits of SHA-256 over the task text with case and spacing ignored. */
    private static String hash(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String roleList() {
        return Stream.of(Role.values()).map(Role::label).collect(Collectors.joining(", "));
    }
}
