package nl.stemwerk.knowledge.format;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link ImportResult#orThrow()} when the content has problems; the message lists all of them. */
public final class ContentImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public ContentImportException(List<ContentProblem> problems) {
        super("De inhoud is niet ingelezen. " + problems.size() + " fout(en):\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
