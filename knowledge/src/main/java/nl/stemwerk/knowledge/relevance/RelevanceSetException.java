package nl.stemwerk.knowledge.relevance;

/** A line of {@code relevance/queries.tsv} cannot be read; the message names the line in Dutch. */
public final class RelevanceSetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    RelevanceSetException(int line, String message) {
        super("queries.tsv, regel " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
