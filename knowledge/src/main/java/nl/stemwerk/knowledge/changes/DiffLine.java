package nl.stemwerk.knowledge.changes;

import java.util.List;
import java.util.Objects;
import nl.stemwerk.knowledge.render.Html;

/** One line of a version diff, made of segments; a changed line mixes kept, inserted and deleted text. */
public record DiffLine(Kind kind, List<Segment> segments) {

    public enum Kind { UNCHANGED, ADDED, REMOVED, CHANGED }

    public DiffLine {
        Objects.requireNonNull(kind, "kind");
        segments = List.copyOf(segments);
    }

    /** The line as it reads in the older version (a deleted line end included); empty for an added line. */
    public String oldText() {
        return text(Segment.Kind.INSERTED);
    }

    /** The line as it reads in the newer version (an inserted line end included); empty for a removed line. */
    public String newText() {
        return text(Segment.Kind.DELETED);
    }

    /**
     * The line as HTML: text escaped, insertions in {@code <ins>}, deletions in {@code <del>}; a line end that was
     * inserted or deleted shows as {@code <br>} inside its mark.
     */
    public String toHtml() {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            String text = Html.escape(segment.text()).replace("\n", "<br>");
            html.append(switch (segment.kind()) {
                case KEPT -> text;
                case INSERTED -> "<ins>" + text + "</ins>";
                case DELETED -> "<del>" + text + "</del>";
            });
        }
        return html.toString();
    }

    private String text(Segment.Kind leaveOut) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() != leaveOut).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
