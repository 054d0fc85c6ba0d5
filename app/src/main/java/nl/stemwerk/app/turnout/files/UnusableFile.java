package nl.stemwerk.app.turnout.files;

import java.util.List;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.turnout.problem.TurnoutInputException;

/** A file that cannot be imported, with every problem found. Nothing of it was stored. */
public class UnusableFile extends RuntimeException {
    private final transient List<FileProblem> problems;

    public UnusableFile(List<FileProblem> problems) {
        super(problems.isEmpty() ? "" : problems.getFirst().describe()
                + (problems.size() > 1 ? " (en nog " + (problems.size() - 1) + " andere problemen)" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static UnusableFile of(String code, String fileName, String message) {
        return new UnusableFile(List.of(new FileProblem(code, "bestand " + fileName, message)));
    }

    public static UnusableFile of(TurnoutInputException e) {
        return new UnusableFile(e.problems().stream()
                .map(p -> new FileProblem(p.code().name(), p.position().describe(), p.message())).toList());
    }

    public static UnusableFile of(EmlException e) {
        StringBuilder where = new StringBuilder("bestand ").append(e.fileName());
        e.line().ifPresent(line -> where.append(", regel ").append(line));
        e.column().ifPresent(column -> where.append(", kolom ").append(column));
        return new UnusableFile(List.of(new FileProblem("EML_" + e.code().name(), where.toString(), e.problem())));
    }

    public List<FileProblem> problems() {
        return problems;
    }

    /** The code of the first problem. */
    public String code() {
        return problems.getFirst().code();
    }
}
