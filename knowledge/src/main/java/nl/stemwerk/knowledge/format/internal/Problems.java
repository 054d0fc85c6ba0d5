package nl.stemwerk.knowledge.format.internal;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.knowledge.format.ContentProblem;
import nl.stemwerk.knowledge.format.ProblemCode;

/** Collects the problems of one import, each tied to a file and line. */
public final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    public void add(String file, int line, ProblemCode code, Object... details) {
        found.add(new ContentProblem(file, line, code, code.message(details)));
    }

    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<ContentProblem> all() {
        return List.copyOf(found);
    }
}
