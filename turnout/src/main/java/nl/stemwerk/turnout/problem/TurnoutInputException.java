package nl.stemwerk.turnout.problem;

import java.util.List;

/**
 * Input that cannot be used. A reader throws this instead of returning part of the file: all problems it
 * found are listed, the first one is the message.
 */
public final class TurnoutInputException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public TurnoutInputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public TurnoutInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public static TurnoutInputException of(InputProblemCode code, SourcePosition position, String message) {
        return new TurnoutInputException(new InputProblem(code, position, message));
    }

    /** All problems, in file order. */
    public List<InputProblem> problems() {
        return problems;
    }

    /** The code of the first problem. */
    public InputProblemCode code() {
        return problems.getFirst().code();
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        String first = problems.getFirst().describe();
        return problems.size() == 1 ? first : first + " (en nog " + (problems.size() - 1) + " andere problemen)";
    }
}
