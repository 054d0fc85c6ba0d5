package nl.stemwerk.knowledge.search;

/** A line of the search dictionary cannot be read; names the line, a stable code and a Dutch message. */
public final class DictionaryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the line. */
    public enum Code {
        UNKNOWN_SECTION,
        LINE_OUTSIDE_SECTION,
        GROUP_TOO_SMALL,
        EMPTY_WORD,
        FORMS_DIFFER_IN_PARTS,
        PART_IS_NOT_ONE_WORD,
        UNREADABLE
    }

    private final int line;
    private final Code code;

    DictionaryException(int line, Code code, String message) {
        super("Woordenboek, regel " + line + " [" + code + "]: " + message);
        this.line = line;
        this.code = code;
    }

    public int line() {
        return line;
    }

    public Code code() {
        return code;
    }
}
