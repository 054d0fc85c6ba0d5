package nl.stemwerk.eml;

import java.io.Serial;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The one exception this library throws for a bad EML file: a {@link EmlErrorCode} for the program and a Dutch
 * message (B1) for the user that names the problem, the file and, where known, the line and column.
 *
 * <p>The message never contains a raw parser message; that goes to {@link #technicalDetail()} for the log.
 * When a read throws, nothing was returned: there is no half-read result.
 */
public final class EmlException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final EmlErrorCode code;
    private final String fileName;
    private final String problem;
    private final int line;
    private final int column;
    private final String technicalDetail;

    private EmlException(EmlErrorCode code, String fileName, String problem, int line, int column,
                         String technicalDetail, Throwable cause) {
        super(composeMessage(fileName, problem, line, column), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
        this.column = column;
        this.technicalDetail = technicalDetail == null ? "" : technicalDetail;
    }

    /** A problem with the file as a whole, or one found after reading it. */
    public static EmlException of(EmlErrorCode code, String fileName, String problem) {
        return new EmlException(code, fileName, problem, 0, 0, null, null);
    }

    /** A problem at a known place in the file; line and column start at 1, 0 means unknown. */
    public static EmlException at(EmlErrorCode code, String fileName, int line, int column, String problem) {
        return new EmlException(code, fileName, problem, line, column, null, null);
    }

    /** A problem with a technical cause that is kept for the log, not shown to the user. */
    public static EmlException caused(EmlErrorCode code, String fileName, int line, int column, String problem,
                                      String technicalDetail, Throwable cause) {
        return new EmlException(code, fileName, problem, line, column, technicalDetail, cause);
    }

    private static String composeMessage(String fileName, String problem, int line, int column) {
        StringBuilder text = new StringBuilder("Bestand ").append(fileName);
        if (line > 0) {
            text.append(", regel ").append(line);
            if (column > 0) {
                text.append(", kolom ").append(column);
            }
        }
        return text.append(": ").append(problem).toString();
    }

    public EmlErrorCode code() {
        return code;
    }

    public String fileName() {
        return fileName;
    }

    /** The Dutch description of the problem, without the file name and place. */
    public String problem() {
        return problem;
    }

    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** The parser's or validator's own (English) words, for the log and for support; empty when there are none. */
    public String technicalDetail() {
        return technicalDetail;
    }
}
