package nl.stemwerk.knowledge.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * Finds one page of hits and the facet counts in two cheap passes instead of one expensive one. The ranking pass
 * only needs the best {@value #CANDIDATES} documents, so Lucene can skip documents that cannot make it; those
 * candidates are then re-scored with the bonuses (title phrase, most words matched) and multiplied by the weight
 * of their kind. The counting pass visits every match without scoring it. Facet counts are "sideways": a dimension
 * with a filter is counted as if its own filter were not set, so the other values stay visible.
 */
public final class Retrieval {

    /** Re-scoring can lift a document by at most its bonuses; one this far down never reaches the first page. */
    static final int CANDIDATES = 100;
    private static final int MAX_FACET_VALUES = 100;

    private final FacetsConfig config;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public Retrieval(FacetsConfig config) {
        this.config = config;
    }

    /** The chosen values per facet dimension; within a dimension any value may match. */
    public record Filters(Map<String, List<String>> byDimension) {
        public Filters {
            byDimension = Map.copyOf(byDimension);
        }
    }

    /**
     * @param counts per dimension, per value, how many matches it has
     * @param total  how many documents match (with all filters)
     */
    public record Retrieved(List<ScoreDoc> page, long total, Map<String, Map<String, Integer>> counts) {
    }

    public Retrieved ranked(IndexSearcher searcher, Query query, List<Query> bonuses, Filters filters, int offset,
                            int limit) throws IOException {
        Query filtered = filtered(query, filters, null);
        int wanted = Math.max(CANDIDATES, offset + limit);
        TopDocs candidates = searcher.search(filtered, new TopScoreDocCollectorManager(wanted, wanted));
        List<ScoreDoc> rescored = rescore(searcher, candidates.scoreDocs, bonuses);
        Counted counted = count(searcher, query, filters);
        return new Retrieved(page(rescored, offset, limit), counted.total(), counted.counts());
    }

    public Retrieved sorted(IndexSearcher searcher, Query query, Sort sort, Filters filters, int offset, int limit)
            throws IOException {
        TopDocs top = searcher.search(filtered(query, filters, null), offset + limit, sort);
        Counted counted = count(searcher, query, filters);
        return new Retrieved(page(Arrays.asList(top.scoreDocs), offset, limit), counted.total(), counted.counts());
    }

    private record Counted(long total, Map<String, Map<String, Integer>> counts) {
    }

    private Counted count(IndexSearcher searcher, Query query, Filters filters) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        FacetsCollector all = searcher.search(new ConstantScoreQuery(filtered(query, filters, null)),
                new FacetsCollectorManager());
        long total = all.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        SortedSetDocValuesFacetCounts allCounts = new SortedSetDocValuesFacetCounts(state, all);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String dimension : List.of(Fields.FACET_TOPIC, Fields.FACET_ELECTION, Fields.FACET_KIND)) {
            SortedSetDocValuesFacetCounts source = allCounts;
            if (filters.byDimension().containsKey(dimension)) {
                FacetsCollector sideways = searcher.search(new ConstantScoreQuery(filtered(query, filters, dimension)),
                        new FacetsCollectorManager());
                source = new SortedSetDocValuesFacetCounts(state, sideways);
            }
            counts.put(dimension, values(source.getTopChildren(MAX_FACET_VALUES, dimension)));
        }
        return new Counted(total, counts);
    }

    private static Map<String, Integer> values(FacetResult result) {
        Map<String, Integer> values = new HashMap<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                values.put(value.label, value.value.intValue());
            }
        }
        return values;
    }

    /** The query with every filter as a non-scoring clause, leaving out one dimension for sideways counts. */
    private Query filtered(Query query, Filters filters, String leaveOut) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filters.byDimension().forEach((dimension, values) -> {
            if (!dimension.equals(leaveOut) && !values.isEmpty()) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                values.forEach(value -> any.add(new TermQuery(DrillDownQuery.term(
                        FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dimension, value)), BooleanClause.Occur.SHOULD));
                builder.add(any.build(), BooleanClause.Occur.FILTER);
            }
        });
        return builder.build();
    }

    /** First-pass score plus bonuses, times the weight of the document's kind; best first. */
    private static List<ScoreDoc> rescore(IndexSearcher searcher, ScoreDoc[] candidates, List<Query> bonuses)
            throws IOException {
        ScoreDoc[] byDoc = candidates.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        float[] scores = new float[byDoc.length];
        for (int i = 0; i < byDoc.length; i++) {
            scores[i] = byDoc[i].score;
        }
        for (Query bonus : bonuses) {
            Weight weight = searcher.createWeight(searcher.rewrite(bonus), ScoreMode.COMPLETE, 1);
            addMatches(searcher, byDoc, scores, weight);
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        DoubleValuesSource kindWeight = DoubleValuesSource.fromDoubleField(Fields.WEIGHT);
        List<ScoreDoc> result = new ArrayList<>(byDoc.length);
        for (int i = 0; i < byDoc.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
            DoubleValues values = kindWeight.getValues(leaf, null);
            double factor = values.advanceExact(byDoc[i].doc - leaf.docBase) ? values.doubleValue() : 1.0;
            result.add(new ScoreDoc(byDoc[i].doc, (float) (scores[i] * factor)));
        }
        result.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed()
                .thenComparingInt(hit -> hit.doc));
        return result;
    }

    private static void addMatches(IndexSearcher searcher, ScoreDoc[] byDoc, float[] scores, Weight weight)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        Scorer scorer = null;
        LeafReaderContext leaf = null;
        for (int i = 0; i < byDoc.length; i++) {
            int doc = byDoc[i].doc;
            int index = ReaderUtil.subIndex(doc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                scorer = weight.scorer(leaf);
            }
            if (scorer == null) {
                continue;
            }
            int target = doc - leaf.docBase;
            DocIdSetIterator iterator = scorer.iterator();
            if (iterator.docID() < target) {
                iterator.advance(target);
            }
            if (iterator.docID() == target) {
                scores[i] += scorer.score();
            }
        }
    }

    private static List<ScoreDoc> page(List<ScoreDoc> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), offset + limit));
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, config));
            facetState = current;
        }
        return current.state();
    }
}
