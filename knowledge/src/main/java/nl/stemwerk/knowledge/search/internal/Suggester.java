package nl.stemwerk.knowledge.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.stemwerk.knowledge.search.DomainDictionary;
import nl.stemwerk.knowledge.search.Suggestions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions as you type: page titles containing the typed words (the last one as a beginning), and known
 * terms that complete the last word, from the dictionary first and then from the words of the content.
 */
public final class Suggester {

    private static final int MIN_PREFIX = 2;
    private static final int MAX_TERMS_SCANNED = 500;

    private final DomainAnalysis analysis;
    /** Dictionary words by their folded form, as editors wrote them. */
    private final TreeMap<String, String> dictionaryWords = new TreeMap<>();

    public Suggester(DomainAnalysis analysis, DomainDictionary dictionary) {
        this.analysis = analysis;
        dictionary.synonyms().forEach(group -> group.forEach(this::addWord));
        dictionary.wordForms().forEach(forms -> forms.forEach(this::addWord));
    }

    private void addWord(String word) {
        dictionaryWords.putIfAbsent(analysis.normalise(word), word);
    }

    public Suggestions suggest(IndexSearcher searcher, String typed, int limit) {
        String text = QueryPlanner.searchableText(typed);
        List<DomainAnalysis.Token> words = analysis.surfaceTokens(text);
        if (words.isEmpty() || limit < 1) {
            return Suggestions.none();
        }
        DomainAnalysis.Token last = words.getLast();
        boolean lastIsComplete = last.end() < text.length() || typed.isBlank()
                || Character.isWhitespace(typed.charAt(typed.length() - 1));
        if (!lastIsComplete && last.text().length() < MIN_PREFIX) {
            return Suggestions.none();
        }
        try {
            List<Suggestions.Page> pages = pages(searcher, words, lastIsComplete, limit);
            List<String> queries = lastIsComplete ? List.of()
                    : completions(searcher.getIndexReader(), text.substring(0, last.start()), last.text(), limit);
            return new Suggestions(pages, queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Suggestions.Page> pages(IndexSearcher searcher, List<DomainAnalysis.Token> words,
                                         boolean lastIsComplete, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1 && i < QueryPlanner.MAX_UNITS; i++) {
            query.add(new TermQuery(new Term(Fields.TITLE_WORDS, words.get(i).text())), BooleanClause.Occur.SHOULD);
        }
        Term last = new Term(Fields.TITLE_WORDS, words.getLast().text());
        query.add(lastIsComplete ? new TermQuery(last) : new PrefixQuery(last), BooleanClause.Occur.MUST);
        var weighted = FunctionScoreQuery.boostByValue(query.build(), DoubleValuesSource.fromDoubleField(Fields.WEIGHT));
        List<Suggestions.Page> pages = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(weighted, limit).scoreDocs) {
            DocumentMapper.Stored stored = DocumentMapper.read(searcher.getIndexReader(), hit.doc);
            pages.add(new Suggestions.Page(stored.kind(), stored.id(), stored.title()));
        }
        return pages;
    }

    private List<String> completions(IndexReader reader, String before, String prefix, int limit) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (Map.Entry<String, String> entry : dictionaryWords.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix) || words.size() >= limit) {
                break;
            }
            words.add(entry.getValue());
        }
        for (String word : contentWords(reader, prefix)) {
            if (words.size() >= limit) {
                break;
            }
            if (words.stream().noneMatch(w -> w.equalsIgnoreCase(word))) {
                words.add(word);
            }
        }
        return words.stream().map(word -> before + word).toList();
    }

    /** Words of the content that begin with the prefix, most used first. */
    private static List<String> contentWords(IndexReader reader, String prefix) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum iterator = terms.iterator();
        record Counted(String word, int documents) {
        }
        List<Counted> found = new ArrayList<>();
        if (iterator.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        int scanned = 0;
        do {
            String word = iterator.term().utf8ToString();
            if (!word.startsWith(prefix)) {
                break;
            }
            if (word.length() > prefix.length()) {
                found.add(new Counted(word, iterator.docFreq()));
            }
        } while (++scanned < MAX_TERMS_SCANNED && iterator.next() != null);
        return found.stream()
                .sorted(Comparator.comparingInt(Counted::documents).reversed().thenComparing(Counted::word))
                .map(Counted::word)
                .toList();
    }
}
