package nl.stemwerk.knowledge.search.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Metadata;
import nl.stemwerk.knowledge.model.Topic;

/**
 * A large, reproducible kennisbank for benchmarks: articles whose words are drawn, with a Zipf-like skew, from
 * the words of real content, so term frequencies look like Dutch election text rather than random strings.
 */
final class GeneratedCorpus {

    private GeneratedCorpus() {
    }

    static KnowledgeBase articles(int count, KnowledgeBase source, long seed) {
        List<String> vocabulary = vocabulary(source);
        Random random = new Random(seed);
        Edition gr2026 = Edition.parse("GR2026").orElseThrow();
        Topic[] topics = Topic.values();
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "gegenereerd-" + i;
            String title = capitalise(words(random, vocabulary, 3 + random.nextInt(5)));
            String summary = capitalise(words(random, vocabulary, 10 + random.nextInt(10))) + ".";
            StringBuilder body = new StringBuilder("# ").append(title).append("\n\n");
            int paragraphs = 2 + random.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                body.append(capitalise(words(random, vocabulary, 40 + random.nextInt(60)))).append(".\n\n");
            }
            Metadata metadata = new Metadata(id, ContentType.ARTICLE, title, summary,
                    topics[random.nextInt(topics.length)], List.of(ElectionType.GR, ElectionType.TK),
                    List.of("Kieswet art. J " + (1 + random.nextInt(40))));
            articles.add(new Article(id, List.of(new ArticleVersion(metadata, gr2026, LocalDate.of(2026, 1, 1), "",
                    body.toString()))));
        }
        return new KnowledgeBase(articles, List.of(), List.of(), List.of());
    }

    private static List<String> vocabulary(KnowledgeBase source) {
        return source.items()
                .flatMap(item -> Arrays.stream((item.title() + " " + item.body()).toLowerCase().split("[^\\p{L}]+")))
                .filter(word -> word.length() > 1)
                .toList();
    }

    /** Picking from the running text of real content keeps its word frequencies. */
    private static String words(Random random, List<String> vocabulary, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return text.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
