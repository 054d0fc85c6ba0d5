package nl.stemwerk.kieswet.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every article of Kieswet chapter P that the task names is carried by a rule class, with a dated text. */
class ArticleIndexTest {
    private static final String RULES = "nl.stemwerk.kieswet.apportionment.internal";

    /** Article → the rule class that carries it. */
    private static Map<String, String> index() throws URISyntaxException, ClassNotFoundException {
        URL folder = Objects.requireNonNull(ArticleIndexTest.class.getClassLoader()
                .getResource(RULES.replace('.', '/')));
        Map<String, String> index = new TreeMap<>();
        for (File file : Objects.requireNonNull(new File(folder.toURI()).listFiles())) {
            if (file.getName().endsWith(".class") && !file.getName().contains("$")) {
                Class<?> type = Class.forName(RULES + "." + file.getName().replace(".class", ""));
                for (Article article : type.getAnnotationsByType(Article.class)) {
                    assertThat(article.version()).isEqualTo("2026-01-01");
                    assertThat(article.law()).isEqualTo(Law.KIESWET);
                    index.merge(article.value(), type.getSimpleName(), (a, b) -> a + ", " + b);
                }
            }
        }
        return index;
    }

    @Test
    void everyArticleOfTheSeatAllocationAndCandidateElectionHasARuleClass() throws Exception {
        assertThat(index()).containsKeys("P 5", "P 6", "P 7", "P 8", "P 9", "P 10", "P 15", "P 17", "P 19", "P 19a");
        assertThat(index().get("P 9")).isEqualTo("AbsoluteMajority");
        assertThat(index().get("P 19a")).contains("ListExhaustion", "CandidateNomination");
    }

    @Test
    void theLawLinksToADatedConsolidatedText() {
        assertThat(Law.KIESWET.url("2026-01-01")).isEqualTo("https://wetten.overheid.nl/BWBR0004627/2026-01-01");
        assertThat(Law.KIESWET.dutchName()).isEqualTo("Kieswet");
        assertThat(Arrays.stream(Law.values()).map(Law::bwbId)).containsExactly("BWBR0004627");
    }
}
