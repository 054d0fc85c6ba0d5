package nl.stemwerk.knowledge.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.knowledge.search.DomainDictionary;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Turns what an official typed into a Lucene query, without a query parser, so no input can be a syntax error.
 * Words are matched against the dictionary first (longest run of words wins), so "gemeentelijk stembureau" and
 * "GSB" find each other; every other word is stemmed. A word the index does not know is taken as a typing error:
 * the spelling checker's corrections are searched instead (and offered as "bedoelde u"). Each word or concept
 * is searched in title, summary, text and tile, weighted; a phrase of the words in a title adds to the score.
 */
public final class QueryPlanner {

    /** Longer queries are cut at a word boundary: nobody types more, and pasted text should not slow search. */
    public static final int MAX_QUERY_CHARS = 200;
    /** At most this many words or concepts are searched, which also bounds the number of Lucene clauses. */
    public static final int MAX_UNITS = 16;
    private static final int MAX_ALTERNATIVES = 10;
    private static final int MAX_CORRECTIONS = 2;
    private static final int MIN_CORRECTED_LENGTH = 4;
    private static final float MIN_DICTIONARY_SIMILARITY = 0.75f;
    private static final float CORRECTION_BOOST = 0.8f;
    private static final float FUZZY_BOOST = 0.3f;
    private static final float TITLE_PHRASE_BOOST = 2.0f;
    private static final float LAW_BOOST = 2.0f;
    private static final float DISMAX_TIE = 0.1f;
    private static final int PHRASE_SLOP = 2;
    /** Parts of a split compound must have at least this many letters, so "toe" + "kennen" is not tried. */
    private static final int MIN_COMPOUND_PART = 4;
    /** Documents that match most of the words get this share of those words' score once more. */
    private static final float COORDINATION_BOOST = 0.5f;
    private static final int TITLE_PHRASE_SLOP = 3;
    private static final int FUZZY_EXPANSIONS = 10;

    private final DomainAnalysis analysis;
    private final Map<List<String>, Set<Integer>> conceptsByWords = new HashMap<>();
    private final List<List<List<Placed>>> conceptAlternatives = new ArrayList<>();
    private final int longestConcept;
    private final DirectSpellChecker speller = new DirectSpellChecker();
    private final LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
    /** The one-word entries of the dictionary, for correcting words the content itself may not contain. */
    private final Set<String> dictionaryWords = new LinkedHashSet<>();

    public QueryPlanner(DomainAnalysis analysis, DomainDictionary dictionary) {
        this.analysis = analysis;
        int longest = 1;
        for (List<String> group : dictionary.synonyms()) {
            int index = conceptAlternatives.size();
            Set<List<Placed>> alternatives = new LinkedHashSet<>();
            for (String variant : group) {
                List<String> words = analysis.surfaceTokens(variant).stream().map(DomainAnalysis.Token::text).toList();
                if (words.size() == 1) {
                    dictionaryWords.add(words.getFirst());
                }
                if (!words.isEmpty()) {
                    conceptsByWords.computeIfAbsent(words, w -> new LinkedHashSet<>()).add(index);
                    longest = Math.max(longest, words.size());
                }
                List<Placed> terms = placed(analysis.queryTerms(variant));
                if (!terms.isEmpty()) {
                    alternatives.add(terms);
                }
            }
            conceptAlternatives.add(List.copyOf(alternatives));
        }
        for (List<String> forms : dictionary.wordForms()) {
            forms.stream().map(analysis::surfaceTokens).filter(t -> t.size() == 1)
                    .forEach(t -> dictionaryWords.add(t.getFirst().text()));
        }
        this.longestConcept = longest;
        speller.setAccuracy(0.75f);
    }

    /**
     * The plan for one query.
     *
     * @param query        the query; if not a word or concept is left, the plan's query is empty
     * @param searchedText the query, already cut to length, that offsets refer to
     * @param didYouMean   the searched text with unknown words replaced by their best correction
     * @param bonuses      queries whose score is added for the best candidates only: a phrase of the words in the
     *                     title, and most of the words matched
     * @param widenable    whether a fuzzy plan would search more: some known word is long enough for near spellings
     */
    public record Plan(Optional<Query> query, List<Query> bonuses, String searchedText, Optional<String> didYouMean,
                       boolean widenable) {
    }

    /** Cuts a query to {@link #MAX_QUERY_CHARS} at a word boundary and drops control characters. */
    public static String searchableText(String raw) {
        String text = (raw == null ? "" : raw).replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", " ").strip();
        if (text.length() <= MAX_QUERY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_QUERY_CHARS);
        int end = cut > MAX_QUERY_CHARS / 2 ? cut : MAX_QUERY_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /**
     * @param fuzzy also match words that are one or two letters off; used when the exact plan finds too little
     */
    public Plan plan(String rawQuery, IndexReader reader, boolean fuzzy) {
        String text = searchableText(rawQuery);
        List<DomainAnalysis.Token> words = analysis.surfaceTokens(text);
        Map<DomainAnalysis.Token, String> corrections = new HashMap<>();
        List<Query> units = new ArrayList<>();
        int i = 0;
        while (i < words.size() && units.size() < MAX_UNITS) {
            int length = conceptLength(words, i);
            Optional<Query> unit = length > 0
                    ? Optional.of(conceptQuery(words.subList(i, i + length)))
                    : wordQuery(words.get(i), reader, fuzzy, corrections);
            unit.ifPresent(units::add);
            i += Math.max(length, 1);
        }
        if (units.isEmpty()) {
            return new Plan(Optional.empty(), List.of(), text, Optional.empty(), false);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        units.forEach(unit -> query.add(unit, BooleanClause.Occur.SHOULD));
        lawQuery(text).ifPresent(law -> query.add(law, BooleanClause.Occur.SHOULD));
        List<Query> bonuses = new ArrayList<>();
        coordination(units).ifPresent(bonuses::add);
        titlePhrase(text).ifPresent(bonuses::add);
        return new Plan(Optional.of(query.build()), List.copyOf(bonuses), text, didYouMean(text, corrections),
                widenable(words, reader));
    }

    /** Whether some word is known and long enough that near spellings of it could find more. */
    private boolean widenable(List<DomainAnalysis.Token> words, IndexReader reader) {
        return words.stream().limit(MAX_UNITS)
                .map(word -> placed(analysis.queryTerms(word.text())))
                .anyMatch(terms -> !terms.isEmpty() && fuzzyEdits(terms.getFirst().text()) > 0 && known(terms, reader));
    }

    /** The number of words from {@code start} that form the longest dictionary concept there, or 0. */
    private int conceptLength(List<DomainAnalysis.Token> words, int start) {
        for (int length = Math.min(longestConcept, words.size() - start); length > 0; length--) {
            List<String> run = words.subList(start, start + length).stream().map(DomainAnalysis.Token::text).toList();
            if (conceptsByWords.containsKey(run)) {
                return length;
            }
        }
        return 0;
    }

    private Query conceptQuery(List<DomainAnalysis.Token> words) {
        List<String> key = words.stream().map(DomainAnalysis.Token::text).toList();
        Set<List<Placed>> alternatives = new LinkedHashSet<>();
        for (int concept : conceptsByWords.get(key)) {
            alternatives.addAll(conceptAlternatives.get(concept));
        }
        return acrossFields(alternatives.stream().limit(MAX_ALTERNATIVES).toList(), 1.0f);
    }

    private Optional<Query> wordQuery(DomainAnalysis.Token word, IndexReader reader, boolean fuzzy,
                                      Map<DomainAnalysis.Token, String> corrections) {
        List<Placed> terms = placed(analysis.queryTerms(word.text()));
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        if (known(terms, reader)) {
            Query exact = acrossFields(List.of(terms), 1.0f);
            return Optional.of(fuzzy ? withFuzzy(exact, terms) : exact);
        }
        Optional<List<List<Placed>>> parts = compoundParts(word.text(), reader);
        if (parts.isPresent()) {
            BooleanQuery.Builder both = new BooleanQuery.Builder();
            parts.get().forEach(part -> both.add(acrossFields(List.of(part), 1.0f), BooleanClause.Occur.SHOULD));
            return Optional.of(both.build());
        }
        Optional<String> domainWord = nearestDictionaryWord(word.text())
                .or(() -> soundAlikes(word.text()).stream().filter(dictionaryWords::contains).findFirst());
        if (domainWord.isPresent()) {
            corrections.put(word, domainWord.get());
            List<String> key = List.of(domainWord.get());
            return Optional.of(conceptsByWords.containsKey(key)
                    ? new BoostQuery(conceptQuery(List.of(new DomainAnalysis.Token(domainWord.get(), 0, 0, 0))),
                    CORRECTION_BOOST)
                    : acrossFields(List.of(placed(analysis.queryTerms(domainWord.get()))), CORRECTION_BOOST));
        }
        List<String> suggestions = suggestions(word.text(), reader);
        if (suggestions.isEmpty()) {
            suggestions = soundAlike(word.text(), reader);
        }
        if (suggestions.isEmpty()) {
            return Optional.of(acrossFields(List.of(terms), 1.0f));
        }
        corrections.put(word, suggestions.getFirst());
        List<List<Placed>> corrected = suggestions.stream().map(analysis::queryTerms).map(QueryPlanner::placed)
                .filter(t -> !t.isEmpty()).distinct().toList();
        return Optional.of(corrected.isEmpty()
                ? acrossFields(List.of(terms), 1.0f)
                : acrossFields(corrected, CORRECTION_BOOST));
    }

    private static boolean surfaceKnown(String word, IndexReader reader) {
        try {
            return reader.docFreq(new Term(Fields.WORDS, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean known(List<Placed> terms, IndexReader reader) {
        if (terms.isEmpty()) {
            return false;
        }
        try {
            for (String field : Fields.TEXT_FIELDS.keySet()) {
                if (reader.docFreq(new Term(field, terms.getFirst().text())) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits an unknown compound into two known words, as Dutch writes "telverschil" for "verschil bij het
     * tellen"; a linking s or e(n) between the parts is allowed. The most even split wins.
     */
    private Optional<List<List<Placed>>> compoundParts(String word, IndexReader reader) {
        List<List<Placed>> best = null;
        int bestShortest = 0;
        for (int cut = MIN_COMPOUND_PART; cut <= word.length() - MIN_COMPOUND_PART; cut++) {
            List<Placed> right = placed(analysis.queryTerms(word.substring(cut)));
            if (right.isEmpty() || !known(right, reader)) {
                continue;
            }
            for (String left : List.of(word.substring(0, cut), linkless(word.substring(0, cut)))) {
                List<Placed> leftTerms = placed(analysis.queryTerms(left));
                int shortest = Math.min(left.length(), word.length() - cut);
                if (!leftTerms.isEmpty() && left.length() >= MIN_COMPOUND_PART && shortest > bestShortest
                        && known(leftTerms, reader)) {
                    best = List.of(leftTerms, right);
                    bestShortest = shortest;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String linkless(String left) {
        if (left.endsWith("en")) {
            return left.substring(0, left.length() - 2);
        }
        return left.endsWith("s") || left.endsWith("e") ? left.substring(0, left.length() - 1) : left;
    }

    /**
     * Lucene no longer rewards a document for matching more of the words; officials' queries are short, so a
     * page with three of the three words should beat one that has one word many times. Documents matching at
     * least two thirds of the words get part of those words' score again.
     */
    private static Optional<Query> coordination(List<Query> units) {
        if (units.size() < 2) {
            return Optional.empty();
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch((int) Math.ceil(units.size() * 2 / 3.0));
        units.forEach(unit -> most.add(unit, BooleanClause.Occur.SHOULD));
        return Optional.of(new BoostQuery(most.build(), COORDINATION_BOOST));
    }

    /** The dictionary word closest to a typed word, when it is at most about one letter in five off. */
    private Optional<String> nearestDictionaryWord(String word) {
        if (word.length() < MIN_CORRECTED_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        float bestSimilarity = MIN_DICTIONARY_SIMILARITY;
        for (String candidate : dictionaryWords) {
            float similarity = distance.getDistance(word, candidate);
            if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<String> suggestions(String word, IndexReader reader) {
        try {
            SuggestWord[] found = speller.suggestSimilar(new Term(Fields.WORDS, word), MAX_CORRECTIONS, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            List<String> words = new ArrayList<>();
            for (SuggestWord suggestion : found) {
                words.add(suggestion.string);
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> soundAlikes(String word) {
        return word.length() < MIN_CORRECTED_LENGTH ? List.of() : SoundAlikes.of(word);
    }

    /** The first spelling that sounds like the typed word and that the index knows. */
    private List<String> soundAlike(String word, IndexReader reader) {
        return soundAlikes(word).stream()
                .filter(variant -> surfaceKnown(variant, reader) || known(placed(analysis.queryTerms(variant)), reader))
                .limit(1).toList();
    }

    /** One word or concept in every text field; the best field counts, the others a little. */
    private static Query acrossFields(List<List<Placed>> alternatives, float boost) {
        List<Query> perField = new ArrayList<>();
        Fields.TEXT_FIELDS.forEach((field, weight) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            alternatives.forEach(alternative -> any.add(inField(field, alternative), BooleanClause.Occur.SHOULD));
            perField.add(new BoostQuery(any.build(), weight));
        });
        return new BoostQuery(new DisjunctionMaxQuery(perField, DISMAX_TIE), boost);
    }

    private static Query inField(String field, List<Placed> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst().text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
        int first = terms.getFirst().position();
        terms.forEach(t -> phrase.add(new Term(field, t.text()), t.position() - first));
        return phrase.build();
    }

    private static Query withFuzzy(Query exact, List<Placed> terms) {
        String term = terms.getFirst().text();
        int edits = fuzzyEdits(term);
        if (edits == 0) {
            return exact;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD);
        for (String field : List.of(Fields.TITLE, Fields.BODY)) {
            FuzzyQuery fuzzy = new FuzzyQuery(new Term(field, term), edits, 2, FUZZY_EXPANSIONS, true);
            either.add(new BoostQuery(fuzzy, FUZZY_BOOST), BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    /** Near spellings allowed for a term: none for short words, where one letter off is another word. */
    private static int fuzzyEdits(String term) {
        return term.length() <= 4 ? 0 : term.length() <= 7 ? 1 : 2;
    }

    private Optional<Query> titlePhrase(String text) {
        List<DomainAnalysis.Token> terms = analysis.queryTerms(text);
        if (terms.size() < 2 || terms.size() > MAX_UNITS) {
            return Optional.empty();
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(TITLE_PHRASE_SLOP);
        int first = terms.getFirst().position();
        terms.forEach(t -> phrase.add(new Term(Fields.TITLE, t.text()), t.position() - first));
        return Optional.of(new BoostQuery(phrase.build(), TITLE_PHRASE_BOOST));
    }

    /** Article numbers such as "J 1" find the items that cite them. */
    private Optional<Query> lawQuery(String text) {
        List<String> articles = analysis.lawTerms(text).stream().map(DomainAnalysis.Token::text)
                .filter(t -> t.chars().anyMatch(Character::isDigit) && t.chars().anyMatch(Character::isLetter))
                .distinct().limit(MAX_UNITS).toList();
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder law = new BooleanQuery.Builder();
        articles.forEach(a -> law.add(new TermQuery(new Term(Fields.LAW, a)), BooleanClause.Occur.SHOULD));
        return Optional.of(new BoostQuery(law.build(), LAW_BOOST));
    }

    private static Optional<String> didYouMean(String text, Map<DomainAnalysis.Token, String> corrections) {
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder(text);
        corrections.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().start(), a.getKey().start()))
                .forEach(c -> corrected.replace(c.getKey().start(), c.getKey().end(), c.getValue()));
        return Optional.of(corrected.toString());
    }

    /** A query term and its position, without the offsets of the text it came from. */
    private record Placed(String text, int position) {
    }

    private static List<Placed> placed(List<DomainAnalysis.Token> tokens) {
        return tokens.stream().map(t -> new Placed(t.text(), t.position())).toList();
    }
}
