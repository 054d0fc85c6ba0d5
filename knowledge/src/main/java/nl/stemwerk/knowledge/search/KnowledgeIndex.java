package nl.stemwerk.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.search.internal.DocumentMapper;
import nl.stemwerk.knowledge.search.internal.DomainAnalysis;
import nl.stemwerk.knowledge.search.internal.Fields;
import nl.stemwerk.knowledge.search.internal.QueryPlanner;
import nl.stemwerk.knowledge.search.internal.Retrieval;
import nl.stemwerk.knowledge.search.internal.Snippets;
import nl.stemwerk.knowledge.search.internal.Suggester;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.index.Term;

/**
 * The search index of the kennisbank: articles, FAQ, newsletters, checklists and information-desk answers in one
 * ranked list, with Dutch analysis, the domain dictionary, typo correction, highlighted snippets, facets and
 * suggestions as you type. Held in memory or in a folder the app names. Thread-safe: searches run in parallel,
 * changes one at a time and are visible to the next search.
 */
public final class KnowledgeIndex implements AutoCloseable {

    /** Below this many hits the exact words "find too little" and near spellings are searched as well. */
    static final int MIN_HITS = 3;
    private static final Sort BY_TITLE = new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = DocumentMapper.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facets);
    private final QueryPlanner planner;
    private final Snippets snippets;
    private final Suggester suggester;
    private final Retrieval retrieval = new Retrieval(facets);

    private KnowledgeIndex(Directory directory, DomainDictionary dictionary) throws IOException {
        DomainAnalysis analysis = new DomainAnalysis(dictionary);
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analysis.forIndex())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
        this.planner = new QueryPlanner(analysis, dictionary);
        this.snippets = new Snippets(analysis.forIndex());
        this.suggester = new Suggester(analysis, dictionary);
    }

    /** An index in memory with the standard dictionary. */
    public static KnowledgeIndex inMemory() {
        return inMemory(DomainDictionary.standard());
    }

    public static KnowledgeIndex inMemory(DomainDictionary dictionary) {
        try {
            return new KnowledgeIndex(new ByteBuffersDirectory(), dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An index in a folder chosen by the app; it survives a restart. Build it again with {@link #rebuild} after
     * the dictionary changed, because words already indexed keep their old analysis.
     */
    public static KnowledgeIndex open(Path folder, DomainDictionary dictionary) throws IOException {
        return new KnowledgeIndex(FSDirectory.open(folder), dictionary);
    }

    /** Replaces all content (articles, FAQ, newsletters, checklists); desk answers stay as they are. */
    public void replaceContent(KnowledgeBase knowledgeBase) {
        write(w -> {
            for (DocumentKind kind : List.of(DocumentKind.ARTICLE, DocumentKind.FAQ, DocumentKind.NEWSLETTER,
                    DocumentKind.CHECKLIST)) {
                w.deleteDocuments(new Term(Fields.KIND, kind.name()));
            }
            for (SearchDocument doc : documents(knowledgeBase)) {
                w.addDocument(mapper.toLucene(doc));
            }
        });
    }

    /** Empties the index and adds all content and desk answers. */
    public void rebuild(KnowledgeBase knowledgeBase, Collection<DeskAnswer> deskAnswers) {
        write(w -> {
            w.deleteAll();
            for (SearchDocument doc : documents(knowledgeBase)) {
                w.addDocument(mapper.toLucene(doc));
            }
            for (DeskAnswer answer : deskAnswers) {
                w.addDocument(mapper.toLucene(SearchDocument.of(answer)));
            }
        });
    }

    /** Adds a desk answer, or replaces the one with the same id. */
    public void put(DeskAnswer answer) {
        put(SearchDocument.of(answer));
    }

    /** Adds one document, or replaces the one of the same kind and id (an edited article, a new FAQ). */
    public void put(SearchDocument document) {
        write(w -> w.updateDocument(DocumentMapper.keyTerm(document.kind(), document.id()),
                mapper.toLucene(document)));
    }

    /** Removes one document; false when there was none of this kind and id. */
    public boolean delete(DocumentKind kind, String id) {
        Term key = DocumentMapper.keyTerm(kind, id);
        if (withSearcher(s -> s.count(new TermQuery(key))) == 0) {
            return false;
        }
        write(w -> w.deleteDocuments(key));
        return true;
    }

    /** The number of documents in the index. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Searches; never throws for any query text: empty, very long, or full of Lucene syntax characters. */
    public SearchResult search(SearchRequest request) {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            QueryPlanner.Plan plan = planner.plan(request.query(), reader, false);
            if (reader.numDocs() == 0 || (plan.query().isEmpty() && !plan.searchedText().isBlank())) {
                return SearchResult.empty(plan.searchedText());
            }
            Retrieval.Filters filters = filters(request);
            if (plan.query().isEmpty()) {
                Retrieval.Retrieved listed = retrieval.sorted(searcher, new MatchAllDocsQuery(), BY_TITLE, filters,
                        request.offset(), request.limit());
                List<SearchHit> hits = listed.page().stream().map(hit -> {
                    DocumentMapper.Stored stored = stored(searcher, hit.doc);
                    return hit(stored, Snippets.plain(stored.title(), stored.summary()), 0f);
                }).toList();
                return result(plan.searchedText(), listed, hits, Optional.empty());
            }
            Retrieval.Retrieved found = ranked(searcher, plan, filters, request);
            if (found.total() < MIN_HITS && plan.widenable()) {
                QueryPlanner.Plan fuzzy = planner.plan(request.query(), reader, true);
                Retrieval.Retrieved wider = ranked(searcher, fuzzy, filters, request);
                if (wider.total() > found.total()) {
                    plan = fuzzy;
                    found = wider;
                }
            }
            int[] docIds = found.page().stream().mapToInt(hit -> hit.doc).toArray();
            Map<Integer, Snippets.Marked> marked = snippets.mark(searcher, plan.query().orElseThrow(), docIds);
            List<SearchHit> hits = found.page().stream()
                    .map(hit -> hit(stored(searcher, hit.doc), marked.get(hit.doc), hit.score))
                    .toList();
            return result(plan.searchedText(), found, hits, plan.didYouMean());
        });
    }

    /** Suggestions for the text typed so far. */
    public Suggestions suggest(String typed, int limit) {
        if (typed == null || typed.isBlank()) {
            return Suggestions.none();
        }
        return withSearcher(searcher -> suggester.suggest(searcher, typed, Math.min(limit, SearchRequest.MAX_LIMIT)));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private Retrieval.Retrieved ranked(IndexSearcher searcher, QueryPlanner.Plan plan, Retrieval.Filters filters,
                                       SearchRequest request) throws IOException {
        return retrieval.ranked(searcher, plan.query().orElseThrow(), plan.bonuses(), filters, request.offset(),
                request.limit());
    }

    private static Retrieval.Filters filters(SearchRequest request) {
        Map<String, List<String>> filters = new HashMap<>();
        if (!request.topics().isEmpty()) {
            filters.put(Fields.FACET_TOPIC, request.topics().stream().map(Enum::name).toList());
        }
        if (!request.elections().isEmpty()) {
            filters.put(Fields.FACET_ELECTION, request.elections().stream().map(Enum::name).toList());
        }
        if (!request.kinds().isEmpty()) {
            filters.put(Fields.FACET_KIND, request.kinds().stream().map(Enum::name).toList());
        }
        return new Retrieval.Filters(filters);
    }

    private static SearchResult result(String text, Retrieval.Retrieved retrieved, List<SearchHit> hits,
                                       Optional<String> didYouMean) {
        Map<String, Map<String, Integer>> counts = retrieved.counts();
        return new SearchResult(text, retrieved.total(), hits,
                counts(counts.get(Fields.FACET_TOPIC), Topic.values(), Topic::label),
                counts(counts.get(Fields.FACET_ELECTION), ElectionType.values(), ElectionType::label),
                counts(counts.get(Fields.FACET_KIND), DocumentKind.values(), DocumentKind::label),
                didYouMean);
    }

    /** Counts per value, in the fixed order of the enum (tiles keep their place), leaving out zeros. */
    private static <E extends Enum<E>> List<FacetCount> counts(Map<String, Integer> byValue, E[] values,
                                                               Function<E, String> label) {
        return Arrays.stream(values)
                .filter(value -> byValue.getOrDefault(value.name(), 0) > 0)
                .map(value -> new FacetCount(value.name(), label.apply(value), byValue.get(value.name())))
                .toList();
    }

    private static DocumentMapper.Stored stored(IndexSearcher searcher, int doc) {
        try {
            return DocumentMapper.read(searcher.getIndexReader(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchHit hit(DocumentMapper.Stored s, Snippets.Marked marked, float score) {
        return new SearchHit(s.kind(), s.id(), s.title(), s.summary(), marked.titleHtml(), marked.snippetHtml(),
                s.topic(), s.elections(), s.date(), s.edition(), score);
    }

    private List<SearchDocument> documents(KnowledgeBase knowledgeBase) {
        return java.util.stream.Stream.of(
                knowledgeBase.articles().stream().map(SearchDocument::of),
                knowledgeBase.faqs().stream().map(SearchDocument::of),
                knowledgeBase.newsletters().stream().map(SearchDocument::of),
                knowledgeBase.checklists().stream().map(SearchDocument::of)).flatMap(s -> s).toList();
    }

    @FunctionalInterface
    private interface WriteAction {
        void apply(IndexWriter writer) throws IOException;
    }

    @FunctionalInterface
    private interface SearchAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private synchronized void write(WriteAction action) {
        try {
            action.apply(writer);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withSearcher(SearchAction<T> action) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return action.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
