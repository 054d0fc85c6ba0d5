package nl.stemwerk.budgeting.pabulib;

import java.util.List;

/** A .pb file that cannot be read. It lists every error found (up to a limit), each with its line. */
public final class PbFormatException extends Exception {

    private static final int SHOWN_IN_MESSAGE = 10;

    private final transient List<PbProblem> problems;
    private final int errorCount;

    PbFormatException(List<PbProblem> problems, int errorCount) {
        super(summary(problems, errorCount));
        this.problems = List.copyOf(problems);
        this.errorCount = errorCount;
    }

    /** The errors and warnings found, in file order; at most a few hundred. */
    public List<PbProblem> problems() {
        return problems;
    }

    /** How many errors there were in total, also beyond those listed. */
    public int errorCount() {
        return errorCount;
    }

    private static String summary(List<PbProblem> problems, int errorCount) {
        StringBuilder text = new StringBuilder("Het bestand kan niet worden gelezen: ")
                .append(errorCount).append(errorCount == 1 ? " fout." : " fouten.");
        problems.stream().filter(PbProblem::isError).limit(SHOWN_IN_MESSAGE)
                .forEach(problem -> text.append(' ').append(problem.dutchText()));
        if (errorCount > SHOWN_IN_MESSAGE) {
            text.append(" En nog ").append(errorCount - SHOWN_IN_MESSAGE).append(" fouten.");
        }
        return text.toString();
    }
}
