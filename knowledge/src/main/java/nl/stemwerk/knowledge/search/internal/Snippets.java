package nl.stemwerk.knowledge.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.knowledge.render.Html;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the matched words in titles and text. The passage formatter escapes all text before it adds
 * {@code <mark>}, so the result is safe HTML whatever the content holds.
 */
public final class Snippets {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final int SNIPPET_LENGTH = 160;
    private static final int SNIPPET_PASSAGES = 2;
    private static final PassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    private final Analyzer analyzer;

    public Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Safe HTML for one hit. */
    public record Marked(String titleHtml, String snippetHtml) {
    }

    /** Marked title and snippet per document id; a text without a match shows its summary. */
    public Map<Integer, Marked> mark(IndexSearcher searcher, Query query, int[] docIds) {
        try {
            UnifiedHighlighter whole = UnifiedHighlighter.builder(searcher, analyzer)
                    .withBreakIterator(WholeBreakIterator::new)
                    .withFormatter(FORMATTER)
                    .withHandleMultiTermQuery(true)
                    .withWeightMatches(false)
                    .build();
            UnifiedHighlighter passages = UnifiedHighlighter.builder(searcher, analyzer)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(DUTCH), SNIPPET_LENGTH, 0.5f))
                    .withFormatter(FORMATTER)
                    .withHandleMultiTermQuery(true)
                    .withWeightMatches(false)
                    .withMaxNoHighlightPassages(0)
                    .build();
            Map<String, String[]> titles = whole.highlightFields(new String[] {Fields.TITLE, Fields.SUMMARY}, query,
                    docIds, new int[] {1, 1});
            Map<String, String[]> bodies = passages.highlightFields(new String[] {Fields.BODY}, query, docIds,
                    new int[] {SNIPPET_PASSAGES});
            Map<Integer, Marked> marked = new HashMap<>();
            for (int i = 0; i < docIds.length; i++) {
                String body = bodies.get(Fields.BODY)[i];
                String snippet = body != null && body.contains("<mark>") ? body : titles.get(Fields.SUMMARY)[i];
                marked.put(docIds[i], new Marked(orEmpty(titles.get(Fields.TITLE)[i]), orEmpty(snippet)));
            }
            return marked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title and summary without marks, escaped, for lists without words (an empty query). */
    public static Marked plain(String title, String summary) {
        return new Marked(Html.escape(title), Html.escape(summary));
    }

    private static String orEmpty(String html) {
        return html == null ? "" : html;
    }
}
