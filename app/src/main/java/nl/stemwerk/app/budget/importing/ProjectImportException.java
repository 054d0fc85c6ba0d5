package nl.stemwerk.app.budget.importing;

import java.util.List;
import java.util.Map;
import nl.stemwerk.app.platform.web.InvalidInput;

/** An import file with errors: every problem with its line, in Dutch. Nothing was stored. */
public class ProjectImportException extends InvalidInput {
    private static final int SHOWN = 50;

    private final List<String> problems;

    public ProjectImportException(String field, List<String> problems) {
        super(Map.of(field, summary(problems)));
        this.problems = List.copyOf(problems.subList(0, Math.min(SHOWN, problems.size())));
    }

    /** The problems, at most {@value #SHOWN}; each starts with "Regel n:" when it concerns one line. */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String first = String.join(" ", problems.subList(0, Math.min(3, problems.size())));
        return "Het bestand is niet ingelezen: " + problems.size() + (problems.size() == 1 ? " fout. " : " fouten. ")
                + first + (problems.size() > 3 ? " …" : "");
    }
}
