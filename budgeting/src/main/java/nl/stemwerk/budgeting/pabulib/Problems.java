package nl.stemwerk.budgeting.pabulib;

import java.util.ArrayList;
import java.util.List;

/** Collects what the reader finds; keeps the first few hundred and counts the rest. */
final class Problems {

    private static final int KEPT = 200;

    private final List<PbProblem> kept = new ArrayList<>();
    private int errors;

    void add(PbProblemCode code, int line, String message) {
        if (code.severity() == PbProblemCode.Severity.ERROR) {
            errors++;
        }
        if (kept.size() < KEPT) {
            kept.add(new PbProblem(code, line, message));
        }
    }

    void add(PbValueException problem, int line) {
        add(problem.code(), line, problem.getMessage());
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<PbProblem> warnings() {
        return kept.stream().filter(problem -> !problem.isError()).toList();
    }

    PbFormatException failure() {
        return new PbFormatException(kept, errors);
    }
}
