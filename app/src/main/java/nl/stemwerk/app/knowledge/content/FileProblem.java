package nl.stemwerk.app.knowledge.content;

import nl.stemwerk.knowledge.format.ContentProblem;

/**
 * One thing wrong in a content file the editor saved or imported: the file, the line (0 for the whole file), a
 * stable machine code and the Dutch message.
 */
public record FileProblem(String file, int line, String code, String message) {

    public static FileProblem of(ContentProblem problem) {
        return new FileProblem(problem.file(), problem.line(), problem.code().name(), problem.message());
    }

    /** As the editor reads it: {@code faq/x.md, regel 3: …}. */
    public String describe() {
        return file + (line > 0 ? ", regel " + line : "") + ": " + message;
    }
}
