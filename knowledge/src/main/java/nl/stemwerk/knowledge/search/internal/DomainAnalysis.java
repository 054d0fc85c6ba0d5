package nl.stemwerk.knowledge.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import nl.stemwerk.knowledge.search.DomainDictionary;

/**
 * The analysis chains of the kennisbank. Text is split by the standard tokenizer, lower-cased and stripped of
 * accents; stop words go; compounds also yield their dictionary parts (index only); the dictionary's word forms
 * are fixed before the Snowball Dutch stemmer, whose plural gaps {@link StemRepairFilter} closes. Model names like
 * "Na 31-2" become one token ({@code na31_2}) everywhere, and law citations like "J 1" become {@code j1}.
 */
public final class DomainAnalysis {

    /** Model codes of processen-verbaal: N 10-1, Na 31-2, P 22-2, with or without the space. */
    private static final Pattern MODEL_CODE = Pattern.compile("(?i)\\b(n[ab]?|p|o|h|i|t|u)\\s?(\\d{1,2})-(\\d{1,2})\\b");
    /** Article numbers: "J 1", "art. N 10", "P 19a". */
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("(?i)\\b([a-z]{1,2})\\s+(\\d{1,3}[a-z]?)\\b");

    private final CharArraySet stopWords = DutchAnalyzer.getDefaultStopSet();
    private final Analyzer surface = new SurfaceAnalyzer(true, true);
    private final Analyzer words = new SurfaceAnalyzer(false, false);
    private final Analyzer law = new LawAnalyzer();
    private final StemmerOverrideFilter.StemmerOverrideMap wordForms;
    private final CharArraySet wordParts;
    private final Analyzer indexText;
    private final Analyzer queryText;

    public DomainAnalysis(DomainDictionary dictionary) {
        this.wordForms = wordForms(dictionary);
        this.wordParts = new CharArraySet(dictionary.wordParts().stream().map(this::normalise).toList(), false);
        this.indexText = new TextAnalyzer(true);
        this.queryText = new TextAnalyzer(false);
    }

    /** The analyser per field for the index writer. */
    public Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(indexText, Map.of(
                Fields.TITLE_WORDS, surface,
                Fields.WORDS, words,
                Fields.LAW, law));
    }

    /** The text analyser for queries: like the index one, without splitting compounds. */
    public Analyzer forQueries() {
        return queryText;
    }

    /** Tokens as typed: lower case, no accents, model codes joined; no stop words removed, nothing stemmed. */
    public List<Token> surfaceTokens(String text) {
        return tokens(surface, text);
    }

    /** The index terms of a text as a query would use them, with their positions (gaps where stop words were). */
    public List<Token> queryTerms(String text) {
        return tokens(queryText, text);
    }

    /** Article numbers and words of a law citation or query, e.g. "j1", "kieswet". */
    public List<Token> lawTerms(String text) {
        return tokens(law, text);
    }

    /** Lower case and accents removed, as the index sees a word before stemming. */
    public String normalise(String word) {
        return String.join(" ", surfaceTokens(word).stream().map(Token::text).toList());
    }

    /** One token with its position (counting removed stop words) and its place in the original text. */
    public record Token(String text, int position, int start, int end) {
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysis of an in-memory string cannot fail", e);
        }
        return tokens;
    }

    private StemmerOverrideFilter.StemmerOverrideMap wordForms(DomainDictionary dictionary) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (List<String> forms : dictionary.wordForms()) {
            List<Token> base = surfaceTokens(forms.getFirst());
            for (String form : forms) {
                List<Token> tokens = surfaceTokens(form);
                for (int i = 0; i < Math.min(tokens.size(), base.size()); i++) {
                    builder.add(tokens.get(i).text(), base.get(i).text());
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader modelCodes(Reader reader) {
        return new PatternReplaceCharFilter(MODEL_CODE, "$1$2_$3", reader);
    }

    /** Tokenizer, lower case, and optionally model codes joined and accents removed. */
    private static final class SurfaceAnalyzer extends Analyzer {
        private final boolean joinModelCodes;
        private final boolean fold;

        SurfaceAnalyzer(boolean joinModelCodes, boolean fold) {
            this.joinModelCodes = joinModelCodes;
            this.fold = fold;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return joinModelCodes ? modelCodes(reader) : reader;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, fold ? new ASCIIFoldingFilter(stream) : stream);
        }
    }

    private final class TextAnalyzer extends Analyzer {
        private final boolean splitCompounds;

        TextAnalyzer(boolean splitCompounds) {
            this.splitCompounds = splitCompounds;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return modelCodes(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            stream = new StopFilter(stream, stopWords);
            if (splitCompounds && !wordParts.isEmpty()) {
                stream = new DictionaryCompoundWordTokenFilter(stream, wordParts, 6, 3, 30, true);
            }
            stream = new StemmerOverrideFilter(stream, wordForms);
            stream = new SnowballFilter(stream, new DutchStemmer());
            return new TokenStreamComponents(tokenizer, new StemRepairFilter(stream));
        }
    }

    private static final class LawAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(ARTICLE_NUMBER, "$1$2", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
    }
}
