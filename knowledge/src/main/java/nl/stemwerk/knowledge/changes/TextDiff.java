package nl.stemwerk.knowledge.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diffs two texts by line (java-diff-utils, Myers), and the lines of each changed block by word, so that a small
 * change in a long paragraph shows as a few marked words instead of a whole new paragraph.
 */
final class TextDiff {

    /** Words (letters and digits), runs of spaces, line ends, and single other characters. */
    private static final Pattern TOKEN = Pattern.compile("\\n|[^\\S\\n]+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    /** Below this share of shared letters a block reads better as old lines out, new lines in. */
    private static final double MIN_KEPT_SHARE = 0.4;
    /** A kept run between two changes with fewer letters than this is taken into the change. */
    private static final int MIN_ANCHOR_LETTERS = 4;

    private TextDiff() {
    }

    static List<DiffLine> lines(String oldText, String newText) {
        List<String> oldLines = split(oldText);
        List<String> newLines = split(newText);
        List<DiffLine> result = new ArrayList<>();
        int oldPosition = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
            for (; oldPosition < delta.getSource().getPosition(); oldPosition++) {
                result.add(whole(DiffLine.Kind.UNCHANGED, Segment.Kind.KEPT, oldLines.get(oldPosition)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (added.isEmpty()) {
                removed.forEach(line -> result.add(whole(DiffLine.Kind.REMOVED, Segment.Kind.DELETED, line)));
            } else if (removed.isEmpty()) {
                added.forEach(line -> result.add(whole(DiffLine.Kind.ADDED, Segment.Kind.INSERTED, line)));
            } else {
                result.addAll(changedBlock(String.join("\n", removed), String.join("\n", added)));
            }
            oldPosition += removed.size();
        }
        for (; oldPosition < oldLines.size(); oldPosition++) {
            result.add(whole(DiffLine.Kind.UNCHANGED, Segment.Kind.KEPT, oldLines.get(oldPosition)));
        }
        return result;
    }

    private static List<DiffLine> changedBlock(String oldBlock, String newBlock) {
        List<Op> ops = cleanUp(ops(tokens(oldBlock), tokens(newBlock)));
        if (keptShare(ops, oldBlock, newBlock) < MIN_KEPT_SHARE) {
            List<DiffLine> rewritten = new ArrayList<>();
            // a block is at least one line, even an empty one, so split without dropping it
            for (String line : oldBlock.split("\n", -1)) {
                rewritten.add(whole(DiffLine.Kind.REMOVED, Segment.Kind.DELETED, line));
            }
            for (String line : newBlock.split("\n", -1)) {
                rewritten.add(whole(DiffLine.Kind.ADDED, Segment.Kind.INSERTED, line));
            }
            return rewritten;
        }
        List<List<Segment>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        ops.forEach(op -> append(lines, op.kind(), op.token()));
        return lines.stream()
                .map(segments -> segments.isEmpty() ? List.of(new Segment(Segment.Kind.KEPT, "")) : segments)
                .map(segments -> new DiffLine(kindOf(segments), segments))
                .toList();
    }

    private record Op(Segment.Kind kind, String token) {
        boolean kept() {
            return kind == Segment.Kind.KEPT;
        }
    }

    private static List<Op> ops(List<String> oldTokens, List<String> newTokens) {
        List<Op> ops = new ArrayList<>();
        int oldPosition = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
            for (; oldPosition < delta.getSource().getPosition(); oldPosition++) {
                ops.add(new Op(Segment.Kind.KEPT, oldTokens.get(oldPosition)));
            }
            delta.getSource().getLines().forEach(token -> ops.add(new Op(Segment.Kind.DELETED, token)));
            delta.getTarget().getLines().forEach(token -> ops.add(new Op(Segment.Kind.INSERTED, token)));
            oldPosition += delta.getSource().size();
        }
        for (; oldPosition < oldTokens.size(); oldPosition++) {
            ops.add(new Op(Segment.Kind.KEPT, oldTokens.get(oldPosition)));
        }
        return ops;
    }

    /**
     * Makes word diffs readable: a short kept run between two changes ("de", a space, a comma) becomes part of
     * the change, and each change then shows all deleted words followed by all inserted words. A kept line end
     * is never taken in, so both versions keep their lines.
     */
    private static List<Op> cleanUp(List<Op> ops) {
        List<Op> result = new ArrayList<>();
        List<Op> deleted = new ArrayList<>();
        List<Op> inserted = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            int end = i;
            while (end < ops.size() && ops.get(end).kept() == ops.get(i).kept()) {
                end++;
            }
            List<Op> run = ops.subList(i, end);
            boolean betweenChanges = i > 0 && end < ops.size();
            if (!run.getFirst().kept()) {
                run.forEach(op -> (op.kind() == Segment.Kind.DELETED ? deleted : inserted).add(op));
            } else if (betweenChanges && weak(run)) {
                run.forEach(op -> {
                    deleted.add(new Op(Segment.Kind.DELETED, op.token()));
                    inserted.add(new Op(Segment.Kind.INSERTED, op.token()));
                });
            } else {
                flush(result, deleted, inserted);
                result.addAll(run);
            }
            i = end;
        }
        flush(result, deleted, inserted);
        return result;
    }

    private static boolean weak(List<Op> run) {
        String text = run.stream().map(Op::token).reduce("", String::concat);
        return !text.contains("\n") && letters(text) < MIN_ANCHOR_LETTERS;
    }

    private static void flush(List<Op> result, List<Op> deleted, List<Op> inserted) {
        result.addAll(deleted);
        result.addAll(inserted);
        deleted.clear();
        inserted.clear();
    }

    /** How much of the longer version's letters and digits the two versions share. */
    private static double keptShare(List<Op> ops, String oldBlock, String newBlock) {
        int kept = ops.stream().filter(Op::kept).mapToInt(op -> letters(op.token())).sum();
        int longest = Math.max(letters(oldBlock), letters(newBlock));
        return longest == 0 ? 1.0 : (double) kept / longest;
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * Adds a token to the current line, joined with the segment before when that has the same kind. Only a kept
     * line end starts a new line; an inserted or deleted one stays inside its segment, so that both versions can
     * be read back exactly.
     */
    private static void append(List<List<Segment>> lines, Segment.Kind kind, String token) {
        if (token.equals("\n") && kind == Segment.Kind.KEPT) {
            lines.add(new ArrayList<>());
            return;
        }
        List<Segment> line = lines.getLast();
        if (!line.isEmpty() && line.getLast().kind() == kind) {
            line.add(new Segment(kind, line.removeLast().text() + token));
        } else {
            line.add(new Segment(kind, token));
        }
    }

    /** A line of a changed block is in both versions, so it is changed (or, by chance, unchanged). */
    private static DiffLine.Kind kindOf(List<Segment> segments) {
        return segments.stream().allMatch(s -> s.kind() == Segment.Kind.KEPT)
                ? DiffLine.Kind.UNCHANGED
                : DiffLine.Kind.CHANGED;
    }

    private static DiffLine whole(DiffLine.Kind kind, Segment.Kind segmentKind, String line) {
        return new DiffLine(kind, List.of(new Segment(segmentKind, line)));
    }

    /** The lines of a whole text; an empty text has none. */
    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
