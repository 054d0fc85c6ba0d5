package nl.stemwerk.sortition;

import java.util.List;
import java.util.stream.Collectors;

/** Input the library cannot work with. Carries every problem found, not only the first. */
public class SortitionException extends RuntimeException {
    private final transient List<Problem> problems;

    public SortitionException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A SortitionException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SortitionException(ProblemCode code, String message) {
        this(List.of(new Problem(code, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The code of the first problem; most callers only need this one. */
    public ProblemCode code() {
        return problems.getFirst().code();
    }
}
