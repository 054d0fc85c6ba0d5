package nl.stemwerk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainDictionaryTest {

    @Test
    void theStandardDictionaryHasTheAbbreviationsOfTheDomain() {
        DomainDictionary dictionary = DomainDictionary.standard();

        assertThat(dictionary.synonyms()).contains(java.util.List.of("gsb", "gemeentelijk stembureau"));
        assertThat(dictionary.synonyms().stream().map(group -> group.getFirst()))
                .contains("csb", "hsb", "pv", "dso", "cso", "wpv", "osv", "sb");
        assertThat(dictionary.wordForms()).contains(java.util.List.of("stempas", "stempassen"));
        assertThat(dictionary.wordParts()).contains("volmacht", "stembureau");
    }

    @Test
    void readsTheThreeSectionsAndSkipsCommentsAndBlankLines() {
        DomainDictionary dictionary = DomainDictionary.read(new StringReader("""
                # uitleg
                [synoniemen]
                hsb = hoofdstembureau

                [woordvormen]
                kieskring = kieskringen
                [woorddelen]
                kieskring
                """));

        assertThat(dictionary.synonyms()).containsExactly(java.util.List.of("hsb", "hoofdstembureau"));
        assertThat(dictionary.wordForms()).containsExactly(java.util.List.of("kieskring", "kieskringen"));
        assertThat(dictionary.wordParts()).containsExactly("kieskring");
    }

    @ParameterizedTest(name = "{1} on line {2}")
    @CsvSource(delimiter = '|', value = {
            "[afkortingen]\\ngsb = gemeentelijk stembureau | UNKNOWN_SECTION | 1",
            "gsb = gemeentelijk stembureau | LINE_OUTSIDE_SECTION | 1",
            "[synoniemen]\\ngsb | GROUP_TOO_SMALL | 2",
            "[synoniemen]\\ngsb = | EMPTY_WORD | 2",
            "[woordvormen]\\nproces-verbaal = processenverbaal | FORMS_DIFFER_IN_PARTS | 2",
            "[woorddelen]\\nstem bureau | PART_IS_NOT_ONE_WORD | 2"})
    void aWrongLineIsReportedWithItsNumberAndCode(String text, DictionaryException.Code code, int line) {
        assertThatThrownBy(() -> DomainDictionary.read(new StringReader(text.replace("\\n", "\n"))))
                .isInstanceOfSatisfying(DictionaryException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("Woordenboek, regel " + line);
                });
    }

    @Test
    void anEditorsAdditionMakesANewAbbreviationSearchable() throws Exception {
        DomainDictionary extra = DomainDictionary.read(new StringReader("[synoniemen]\nvsb = vervangende stempas\n"));

        try (KnowledgeIndex withExtra = KnowledgeIndex.inMemory(DomainDictionary.standard().plus(extra));
             KnowledgeIndex without = KnowledgeIndex.inMemory()) {
            DeskAnswer answer = KnowledgeIndexTest.desk("v-3", "Vervangende stempas aanvragen", "Dat kan bij de balie.");
            withExtra.put(answer);
            without.put(answer);

            assertThat(withExtra.search(SearchRequest.of("vsb")).hits()).extracting(SearchHit::id).containsExactly("v-3");
            assertThat(without.search(SearchRequest.of("vsb")).hits()).isEmpty();
        }
    }
}
