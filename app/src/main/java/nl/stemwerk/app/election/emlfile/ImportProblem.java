package nl.stemwerk.app.election.emlfile;

import java.util.Map;
import java.util.Objects;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.eml.EmlException;

/**
 * An import that cannot go on: a stable machine code (an {@link nl.stemwerk.eml.EmlErrorCode} name for a problem
 * in a file, or one of this app's own such as {@code HASH_DIFFERENT}) and the Dutch message for the field the user
 * must correct. Nothing was stored when this is thrown.
 */
public class ImportProblem extends InvalidInput {
    private final String code;

    public ImportProblem(String code, String field, String dutchMessage) {
        super(Map.of(field, dutchMessage));
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The library's own code and Dutch message (with file name, line and column). */
    public static ImportProblem of(EmlException problem, String field) {
        return new ImportProblem(problem.code().name(), field, problem.getMessage());
    }

    public String code() {
        return code;
    }
}
