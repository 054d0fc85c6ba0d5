package nl.stemwerk.eml.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.stemwerk.eml.SharedData;

class EmlHashTest {
    /** The unit test of Abacus {@code backend/src/eml/hash.rs}: the hash of "test" in 16 groups. */
    @Test
    void writesTheSha256AsSixteenGroupsOfFourLikeAbacus() {
        assertThat(EmlHash.of("test".getBytes(StandardCharsets.UTF_8)).toString())
                .isEqualTo("9f86 d081 884c 7d65 9a2f eaa0 c55a d015 a3bf 4f1b 2b0b 822c d15d 6c15 b0f0 0a08");
    }

    /** Hashcodes-Juinen.txt is the paper list that came with the fictional Juinen files. */
    @Test
    void theJuinenFilesHaveTheHashesOnTheirPaperList() {
        List<String> lines = new String(SharedData.bytes(SharedData.JUINEN + "Hashcodes-Juinen.txt"),
                StandardCharsets.UTF_8).replace("\uFEFF", "").lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(4);
        for (int i = 0; i < lines.size(); i += 2) {
            String file = lines.get(i).replace("eml_hash ", "").strip();
            EmlHash onPaper = EmlHash.parse(lines.get(i + 1)).orElseThrow();
            assertThat(EmlHash.of(SharedData.bytes(SharedData.JUINEN + file))).as(file).isEqualTo(onPaper);
        }
    }

    @Test
    void aUserWhoTypesTheBlankGroupsFromTheJuinenPaperListIsRight() {
        EmlHash hash = EmlHash.of(SharedData.bytes(SharedData.JUINEN + "eml230b_kandidatenlijsten-juinen.eml.xml"));
        EmlHash onPaper = EmlHash.parse(
                "dbc0 cdb7 08f3 1ca3 17f9 802d 6610 49b0 609c 0b8e 154c 85ba c7ad b216 2875 e778").orElseThrow();
        RedactedEmlHash shown = hash.redacted();
        String first = onPaper.groups().get(shown.firstBlank());
        String second = onPaper.groups().get(shown.secondBlank());
        assertThat(hash.check(first, second)).isEqualTo(HashCheck.MATCHES);
        assertThat(hash.check(" " + first.toUpperCase() + " ", second)).isEqualTo(HashCheck.MATCHES);
        assertThat(hash.check(second, first)).isEqualTo(HashCheck.DIFFERENT);
        assertThat(hash.check("12g4", second)).isEqualTo(HashCheck.NOT_FOUR_HEX_CHARACTERS);
        assertThat(hash.check("123", second)).isEqualTo(HashCheck.NOT_FOUR_HEX_CHARACTERS);
        assertThat(hash.check(null, second).dutchMessage()).contains("vier tekens");
    }

    /**
     * The groups Abacus itself leaves blank, from its end-to-end tests
     * ({@code frontend/e2e-tests/test-data/eml-files.ts} at commit 85da391a): the user types {@code typedFirst} and
     * {@code typedSecond} there. The files are the same bytes (their full hashes are compared too).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "eml110a_test.eml.xml, 4291 a4e7 c76e ed19 476b ae90 3882 c2dc 9162 1950 0e13 0651 34ff c0de 340a 4a38, 476b, c0de",
            "eml110a_test_less_than_19_seats.eml.xml, f369 ea57 0b45 a68e 416e a6a3 1a39 91ec 5a33 0785 ee27 2efd c376 e869 e3c3 9848, f369, 2efd",
            "eml230b_test.eml.xml, 146d 3784 efa2 93b5 721a 7578 a43f 0636 7281 66a0 acf1 55d3 ab25 083c c000 7096, 721a, 7096",
            "eml230b_test_with_gaps.eml.xml, ed7b 2278 5ab0 d7b3 c28a 02c2 593f 8bc7 87e2 5b15 2465 f229 9307 0b83 9c8f ce26, 02c2, 0b83"})
    void blanksTheSameGroupsAsAbacusDoesInItsOwnTests(String file, String fullHash, String typedFirst,
                                                     String typedSecond) throws IOException {
        EmlHash hash;
        try (InputStream in = SharedData.open(SharedData.ABACUS + file)) {
            hash = EmlHash.of(in);
        }
        assertThat(hash.toString()).isEqualTo(fullHash);
        RedactedEmlHash shown = hash.redacted();
        assertThat(hash.groups().get(shown.firstBlank())).isEqualTo(typedFirst);
        assertThat(hash.groups().get(shown.secondBlank())).isEqualTo(typedSecond);
        assertThat(shown.groups().get(shown.firstBlank())).isEmpty();
        assertThat(shown.display()).contains("____").doesNotContain(typedFirst).doesNotContain(typedSecond);
        assertThat(hash.check(typedFirst, typedSecond)).isEqualTo(HashCheck.MATCHES);
    }

    @Test
    void parsingRefusesTextThatIsNotSixtyFourHexDigits() {
        assertThat(EmlHash.parse("abc")).isEmpty();
        assertThat(EmlHash.parse("zz86 d081 884c 7d65 9a2f eaa0 c55a d015 a3bf 4f1b 2b0b 822c d15d 6c15 b0f0 0a08"))
                .isEmpty();
        assertThat(EmlHash.parse("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")).isPresent();
    }
}
