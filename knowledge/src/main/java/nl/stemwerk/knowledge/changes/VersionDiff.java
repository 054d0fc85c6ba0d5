package nl.stemwerk.knowledge.changes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stemwerk.knowledge.model.Edition;

/**
 * What changed in an article's text between the versions in force at two elections, line by line and, within
 * a changed line, word by word.
 *
 * @param from       the version compared from; empty when the article did not exist yet
 * @param to         the version compared to
 * @param changeNote the change note of the newer version; empty when both are the same version
 */
public record VersionDiff(String articleId, Optional<Edition> from, Edition to, String changeNote,
                          List<DiffLine> lines) {

    public VersionDiff {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changeNote, "changeNote");
        lines = List.copyOf(lines);
    }

    /** The text as it reads in the older version (empty when there was none). */
    public String oldText() {
        return lines.stream().filter(l -> l.kind() != DiffLine.Kind.ADDED).map(DiffLine::oldText)
                .collect(Collectors.joining("\n"));
    }

    /** The text as it reads in the newer version. */
    public String newText() {
        return lines.stream().filter(l -> l.kind() != DiffLine.Kind.REMOVED).map(DiffLine::newText)
                .collect(Collectors.joining("\n"));
    }

    public boolean hasChanges() {
        return lines.stream().anyMatch(line -> line.kind() != DiffLine.Kind.UNCHANGED);
    }

    /**
     * The whole text as HTML, one {@code <div class="diff-line diff-…">} per line, with {@code <ins>} and
     * {@code <del>} around what changed. All text is escaped: the Markdown is shown as written, not rendered.
     */
    public String toHtml() {
        return lines.stream()
                .map(line -> "<div class=\"diff-line diff-" + line.kind().name().toLowerCase(Locale.ROOT)
                        + "\">" + line.toHtml() + "</div>")
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
