package nl.stemwerk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.knowledge.search.internal.DomainAnalysis;
import nl.stemwerk.knowledge.search.internal.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainAnalysisTest {

    private static final DomainAnalysis ANALYSIS = new DomainAnalysis(DomainDictionary.standard());

    private static List<String> query(String text) {
        return ANALYSIS.queryTerms(text).stream().map(DomainAnalysis.Token::text).toList();
    }

    private static List<String> index(String text) throws IOException {
        Analyzer analyzer = ANALYSIS.forIndex();
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** The Snowball Dutch stemmer alone keeps these apart (see shared/reference/turnout.md section 3). */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "stembureaus, stembureau",
            "stempassen, stempas",
            "volmachten, volmacht",
            "processen-verbaal, proces-verbaal",
            "kiezerspassen, kiezerspas",
            "volmachtbewijzen, volmachtbewijs",
            "identiteitsbewijzen, identiteitsbewijs",
            "coördinatoren, coordinator",
            "stemmen, stem",
            "leden, lid",
            "hoofdstembureaus, hoofdstembureau",
            "briefstembureaus, briefstembureau"})
    void pluralAndSingularMeetInOneTerm(String plural, String singular) {
        assertThat(query(plural)).isEqualTo(query(singular));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"niveaus, niveau", "brieven, brief", "wijzen, wijs", "bussen, bus"})
    void theStemRepairEvensOutCommonPluralsOutsideTheDictionary(String plural, String singular) {
        assertThat(query(plural)).isEqualTo(query(singular));
    }

    @Test
    void stopWordsAreDroppedButLeaveAGapInThePositions() {
        List<DomainAnalysis.Token> terms = ANALYSIS.queryTerms("college van burgemeester");

        assertThat(terms).extracting(DomainAnalysis.Token::position).containsExactly(0, 2);
    }

    @Test
    void aCompoundIsAlsoIndexedUnderItsDictionaryParts() throws IOException {
        assertThat(index("volmachtbewijzen")).contains(query("volmacht").getFirst(), query("volmachtbewijs").getFirst());
        assertThat(index("stembureauleden")).contains(query("stembureau").getFirst(), query("leden").getFirst());
        assertThat(query("volmachtbewijzen")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"Na 31-2", "na31-2", "NA 31-2", "model Na 31-2"})
    void modelCodesBecomeOneToken(String text) {
        assertThat(query(text)).contains("na31_2");
    }

    @Test
    void lawCitationsKeepTheArticleNumberTogether() {
        assertThat(ANALYSIS.lawTerms("Kieswet art. J 1 ; Kiesbesluit art. P 19a"))
                .extracting(DomainAnalysis.Token::text)
                .containsExactly("kieswet", "art", "j1", "kiesbesluit", "art", "p19a");
    }

    @Test
    void surfaceTokensKeepWhatWasTypedWithItsPlace() {
        assertThat(ANALYSIS.surfaceTokens("Wat doet de GSB?")).extracting(DomainAnalysis.Token::text,
                DomainAnalysis.Token::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple("wat", 0), org.assertj.core.groups.Tuple.tuple("doet", 4),
                org.assertj.core.groups.Tuple.tuple("de", 9), org.assertj.core.groups.Tuple.tuple("gsb", 12));
    }
}
