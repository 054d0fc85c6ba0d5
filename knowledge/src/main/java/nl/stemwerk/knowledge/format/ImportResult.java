package nl.stemwerk.knowledge.format;

import java.util.List;
import nl.stemwerk.knowledge.model.KnowledgeBase;

/** The outcome of an import: all content, or (when any file is wrong) only the problems. Never a part. */
public sealed interface ImportResult {

    record Imported(KnowledgeBase knowledgeBase) implements ImportResult {
    }

    record Rejected(List<ContentProblem> problems) implements ImportResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejected import needs at least one problem.");
            }
        }
    }

    /** The content, or a {@link ContentImportException} listing every problem. */
    default KnowledgeBase orThrow() {
        return switch (this) {
            case Imported imported -> imported.knowledgeBase();
            case Rejected rejected -> throw new ContentImportException(rejected.problems());
        };
    }
}
