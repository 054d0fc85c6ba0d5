package nl.stemwerk.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.search.internal.DocumentMapper;
import nl.stemwerk.knowledge.search.internal.DomainAnalysis;
import nl.stemwerk.knowledge.search.internal.Fields;
import nl.stemwerk.knowledge.search.internal.QueryPlanner;
import nl.stemwerk.knowledge.search.internal.Snippets;
import nl.stemwerk.knowledge.search.internal.Suggester;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
    private static final int MAX_FACET_VALUES = 100;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = DocumentMapper.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facets);
    private final QueryPlanner planner;
    private final Snippets snippets;
    private final Suggester suggester;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

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
            if (plan.query().isEmpty()) {
                return browse(searcher, request, plan.searchedText());
            }
            Found found = run(searcher, plan, request);
            if (found.total() < MIN_HITS && plan.widenable()) {
                QueryPlanner.Plan fuzzy = planner.plan(request.query(), reader, true);
                Found wider = run(searcher, fuzzy, request);
                if (wider.total() > found.total()) {
                    found = wider;
                }
            }
            return result(searcher, request, found);
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

    private record Found(QueryPlanner.Plan plan, DrillSideways.DrillSidewaysResult result) {
        long total() {
            return result.hits.totalHits.value();
        }
    }

    private Found run(IndexSearcher searcher, QueryPlanner.Plan plan, SearchRequest request) throws IOException {
        Query weighted = FunctionScoreQuery.boostByValue(plan.query().orElseThrow(),
                DoubleValuesSource.fromDoubleField(Fields.WEIGHT));
        DrillSideways sideways = new DrillSideways(searcher, facets, facetState(searcher.getIndexReader()));
        return new Found(plan, sideways.search(drillDown(weighted, request), request.offset() + request.limit()));
    }

    private SearchResult browse(IndexSearcher searcher, SearchRequest request, String text) throws IOException {
        DrillSideways sideways = new DrillSideways(searcher, facets, facetState(searcher.getIndexReader()));
        Sort byTitle = new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
        DrillSideways.DrillSidewaysResult result = sideways.search(drillDown(new MatchAllDocsQuery(), request), null,
                null, request.offset() + request.limit(), byTitle, false);
        List<SearchHit> hits = page(result.hits, request).stream().map(hit -> {
            DocumentMapper.Stored stored = stored(searcher, hit.doc);
            return hit(stored, Snippets.plain(stored.title(), stored.summary()), 0f);
        }).toList();
        return withFacets(text, result, hits, Optional.empty());
    }

    private SearchResult result(IndexSearcher searcher, SearchRequest request, Found found) throws IOException {
        List<ScoreDoc> page = page(found.result().hits, request);
        int[] docIds = page.stream().mapToInt(hit -> hit.doc).toArray();
        Map<Integer, Snippets.Marked> marked = snippets.mark(searcher, found.plan().query().orElseThrow(), docIds);
        List<SearchHit> hits = page.stream()
                .map(hit -> hit(stored(searcher, hit.doc), marked.get(hit.doc), hit.score))
                .toList();
        return withFacets(found.plan().searchedText(), found.result(), hits, found.plan().didYouMean());
    }

    private DrillDownQuery drillDown(Query base, SearchRequest request) {
        DrillDownQuery query = new DrillDownQuery(facets, base);
        request.topics().forEach(topic -> query.add(Fields.FACET_TOPIC, topic.name()));
        request.elections().forEach(election -> query.add(Fields.FACET_ELECTION, election.name()));
        request.kinds().forEach(kind -> query.add(Fields.FACET_KIND, kind.name()));
        return query;
    }

    private static List<ScoreDoc> page(TopDocs hits, SearchRequest request) {
        ScoreDoc[] all = hits.scoreDocs;
        int from = Math.min(request.offset(), all.length);
        return Arrays.asList(all).subList(from, Math.min(all.length, request.offset() + request.limit()));
    }

    private SearchResult withFacets(String text, DrillSideways.DrillSidewaysResult result, List<SearchHit> hits,
                                    Optional<String> didYouMean) throws IOException {
        Facets counts = result.facets;
        return new SearchResult(text, result.hits.totalHits.value(), hits,
                counts(counts, Fields.FACET_TOPIC, Topic.values(), Topic::label),
                counts(counts, Fields.FACET_ELECTION, ElectionType.values(), ElectionType::label),
                counts(counts, Fields.FACET_KIND, DocumentKind.values(), DocumentKind::label),
                didYouMean);
    }

    /** Counts per value, in the fixed order of the enum (tiles keep their place), leaving out zeros. */
    private static <E extends Enum<E>> List<FacetCount> counts(Facets facets, String dimension, E[] values,
                                                               Function<E, String> label) throws IOException {
        FacetResult result = facets.getTopChildren(MAX_FACET_VALUES, dimension);
        if (result == null) {
            return List.of();
        }
        Map<String, Integer> byValue = new java.util.HashMap<>();
        for (LabelAndValue value : result.labelValues) {
            byValue.put(value.label, value.value.intValue());
        }
        return Arrays.stream(values)
                .filter(value -> byValue.getOrDefault(value.name(), 0) > 0)
                .map(value -> new FacetCount(value.name(), label.apply(value), byValue.get(value.name())))
                .toList();
    }

    private static DocumentMapper.Stored stored(IndexSearcher searcher, int doc) {
        try {
            return DocumentMapper.read(searcher.storedFields().document(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchHit hit(DocumentMapper.Stored s, Snippets.Marked marked, float score) {
        return new SearchHit(s.kind(), s.id(), s.title(), s.summary(), marked.titleHtml(), marked.snippetHtml(),
                s.topic(), s.elections(), s.date(), s.edition(), score);
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
            facetState = current;
        }
        return current.state();
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
