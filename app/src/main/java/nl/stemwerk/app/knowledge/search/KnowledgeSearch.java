package nl.stemwerk.app.knowledge.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import nl.stemwerk.app.knowledge.content.KnowledgeContent;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.relevance.RelevanceEvaluator;
import nl.stemwerk.knowledge.relevance.RelevanceReport;
import nl.stemwerk.knowledge.search.DeskAnswer;
import nl.stemwerk.knowledge.search.DocumentKind;
import nl.stemwerk.knowledge.search.KnowledgeIndex;
import nl.stemwerk.knowledge.search.SearchDocument;
import nl.stemwerk.knowledge.search.SearchRequest;
import nl.stemwerk.knowledge.search.SearchResult;
import nl.stemwerk.knowledge.search.Suggestions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The kennisbank's search index, in memory: built from the database on first use (at start-up) and updated after
 * every save of content and every published desk answer. Searches run in parallel; updates one at a time.
 */
@Service
public class KnowledgeSearch implements DisposableBean {
    /** Above this many changed files a whole new content index is quicker than single updates. */
    private static final int SINGLE_UPDATES = 20;
    public static final int SUGGESTIONS = 8;

    private final KnowledgeContent content;
    /** Looked up when needed: the desk itself updates this index, so it cannot be a constructor argument. */
    private final ObjectProvider<DeskAnswerSource> deskAnswers;
    private volatile KnowledgeIndex index;

    KnowledgeSearch(KnowledgeContent content, ObjectProvider<DeskAnswerSource> deskAnswers) {
        this.content = content;
        this.deskAnswers = deskAnswers;
    }

    /** Empties the index and fills it from the database: all content and all published desk answers. */
    public synchronized void rebuild() {
        KnowledgeIndex current = index == null ? KnowledgeIndex.inMemory() : index;
        current.rebuild(content.snapshot().knowledgeBase(),
                deskAnswers.stream().flatMap(source -> source.publishedAnswers().stream()).toList());
        index = current;
    }

    /** Brings the index up to date after the files at {@code paths} were saved or removed. */
    public synchronized void refresh(KnowledgeBase knowledgeBase, Collection<String> paths) {
        if (index == null) {
            rebuild();
            return;
        }
        if (paths.size() > SINGLE_UPDATES) {
            index.replaceContent(knowledgeBase);
            return;
        }
        for (String path : paths) {
            item(path).ifPresent(item -> document(knowledgeBase, item).ifPresentOrElse(index::put,
                    () -> index.delete(item.kind(), item.id())));
        }
    }

    public synchronized void put(DeskAnswer answer) {
        index().put(answer);
    }

    public synchronized void removeDeskAnswer(String id) {
        index().delete(DocumentKind.DESK_ANSWER, id);
    }

    /** Never throws for any query text: empty, 10,000 characters, or full of search syntax. */
    public SearchResult search(SearchRequest request) {
        return index().search(request);
    }

    public Suggestions suggest(String typed) {
        return index().suggest(typed, SUGGESTIONS);
    }

    /** The library's relevance harness over the current content: hit@3 and MRR of the relevance set. */
    public RelevanceReport evaluateRelevance() {
        var snapshot = content.snapshot();
        return RelevanceEvaluator.evaluate(index(), snapshot.relevanceCases(), snapshot.knowledgeBase()::contains);
    }

    @Override
    public void destroy() throws IOException {
        KnowledgeIndex current = index;
        if (current != null) {
            current.close();
        }
    }

    private KnowledgeIndex index() {
        KnowledgeIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    rebuild();
                }
                current = index;
            }
        }
        return current;
    }

    private record Item(DocumentKind kind, String id) {
    }

    /** The search document a content file belongs to: {@code articles/<id>/…}, {@code faq/<id>.md}, … */
    private static Optional<Item> item(String path) {
        String[] parts = path.split("/");
        if (parts.length < 2) {
            return Optional.empty();
        }
        String id = parts.length == 3 ? parts[1] : parts[1].replaceFirst("\\.md$", "");
        return ContentType.fromFolder(parts[0]).map(type -> new Item(switch (type) {
            case ARTICLE -> DocumentKind.ARTICLE;
            case FAQ -> DocumentKind.FAQ;
            case NEWSLETTER -> DocumentKind.NEWSLETTER;
            case CHECKLIST -> DocumentKind.CHECKLIST;
        }, id));
    }

    private static Optional<SearchDocument> document(KnowledgeBase kb, Item item) {
        return switch (item.kind()) {
            case ARTICLE -> kb.article(item.id()).map(SearchDocument::of);
            case FAQ -> kb.faq(item.id()).map(SearchDocument::of);
            case NEWSLETTER -> kb.newsletter(item.id()).map(SearchDocument::of);
            case CHECKLIST -> kb.checklist(item.id()).map(SearchDocument::of);
            case DESK_ANSWER -> Optional.empty();
        };
    }
}
