package nl.stemwerk.app.knowledge.content;

import java.util.List;

/** Content that would not be valid as a whole; nothing was stored. Lists every problem with file and line. */
public class ContentRejected extends RuntimeException {
    private final transient List<FileProblem> problems;

    public ContentRejected(List<FileProblem> problems) {
        super("De inhoud is niet opgeslagen: " + problems.size() + " fout(en).");
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
