package nl.stemwerk.turnout.internal.text;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.turnout.problem.InputProblem;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;

/** Collects every problem in a file so the user sees them all at once; nothing partial is returned. */
public final class Problems {
    private final List<InputProblem> found = new ArrayList<>();

    public void add(InputProblemCode code, SourcePosition position, String message) {
        found.add(new InputProblem(code, position, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new TurnoutInputException(found);
        }
    }
}
