package nl.stemwerk.app.knowledge.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.relevance.RelevanceCase;

/**
 * The kennisbank's content as it is now: the stored files and what the library read from them.
 *
 * @param knowledgeBase  articles, FAQ, newsletters and checklists
 * @param files          the current file of every path, by path
 * @param relevanceCases the relevance set
 * @param problems       problems in the stored content (only after a library upgrade made stored files invalid);
 *                       the content is then empty until an editor fixes them
 */
public record ContentSnapshot(KnowledgeBase knowledgeBase, Map<String, StoredFile> files,
                              List<RelevanceCase> relevanceCases, List<FileProblem> problems) {

    public ContentSnapshot {
        files = Map.copyOf(files);
        relevanceCases = List.copyOf(relevanceCases);
        problems = List.copyOf(problems);
    }

    static ContentSnapshot of(Map<String, StoredFile> files) {
        ContentCheck.Outcome outcome = ContentCheck.of(texts(files));
        return new ContentSnapshot(outcome.knowledgeBase(), files, outcome.relevance(), outcome.problems());
    }

    static Map<String, String> texts(Map<String, StoredFile> files) {
        return files.values().stream().collect(Collectors.toMap(StoredFile::path, StoredFile::text, (a, b) -> a,
                TreeMap::new));
    }

    public Optional<StoredFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Every election some article version is written for, oldest first. */
    public List<Edition> editions() {
        return knowledgeBase.articles().stream().flatMap(a -> a.versions().stream())
                .map(ArticleVersion::appliesTo).distinct().sorted().toList();
    }
}
