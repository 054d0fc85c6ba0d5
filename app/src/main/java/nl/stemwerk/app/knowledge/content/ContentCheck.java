package nl.stemwerk.app.knowledge.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stemwerk.knowledge.format.ContentImporter;
import nl.stemwerk.knowledge.format.ImportResult;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.relevance.RelevanceCase;
import nl.stemwerk.knowledge.relevance.RelevanceSet;
import nl.stemwerk.knowledge.relevance.RelevanceSetException;

/**
 * Reads a whole set of content files with the library: all Markdown files together (all or nothing) and the
 * relevance set. The app keeps no rules of the format itself.
 */
final class ContentCheck {
    static final String RELEVANCE_PROBLEM = "RELEVANCE_SET";

    private ContentCheck() {
    }

    /**
     * @param knowledgeBase the content; empty when there are problems
     * @param relevance     the queries of the relevance set; empty when it is missing or has a problem
     * @param problems      every problem, with file and line
     */
    record Outcome(KnowledgeBase knowledgeBase, List<RelevanceCase> relevance, List<FileProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Whether a file belongs to the content at all: a Markdown file or the relevance set. */
    static boolean isContentFile(String path) {
        return path.endsWith(".md") || path.equals(RelevanceSet.FILE);
    }

    static Outcome of(Map<String, String> texts) {
        List<FileProblem> problems = new ArrayList<>();
        KnowledgeBase knowledgeBase = switch (ContentImporter.readTexts(texts)) {
            case ImportResult.Imported imported -> imported.knowledgeBase();
            case ImportResult.Rejected rejected -> {
                rejected.problems().forEach(p -> problems.add(FileProblem.of(p)));
                yield KnowledgeBase.empty();
            }
        };
        List<RelevanceCase> relevance = List.of();
        String set = texts.get(RelevanceSet.FILE);
        if (set != null) {
            try {
                relevance = RelevanceSet.read(new StringReader(set));
            } catch (RelevanceSetException e) {
                problems.add(new FileProblem(RelevanceSet.FILE, e.line(), RELEVANCE_PROBLEM,
                        e.getMessage().replaceFirst("^queries\\.tsv, regel \\d+: ", "")));
            }
        }
        return new Outcome(knowledgeBase, relevance, problems);
    }
}
