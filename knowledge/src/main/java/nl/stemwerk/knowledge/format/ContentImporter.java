package nl.stemwerk.knowledge.format;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ContentItem;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Newsletter;
import nl.stemwerk.knowledge.format.internal.ContentPath;
import nl.stemwerk.knowledge.format.internal.ItemFactory;
import nl.stemwerk.knowledge.format.internal.Keys;
import nl.stemwerk.knowledge.format.internal.Problems;

/**
 * Reads content files in the kennisbank format and checks them, all or nothing: when any file has a problem,
 * the result lists every problem (file, line, code, Dutch message) and holds no content at all.
 * Files whose name does not end in {@code .md} (such as {@code relevance/queries.tsv}) are not content and are
 * passed over.
 */
public final class ContentImporter {

    private ContentImporter() {
    }

    /** Reads and closes every reader. */
    public static ImportResult read(List<ContentSource> sources) {
        Map<String, String> texts = new LinkedHashMap<>();
        Problems problems = new Problems();
        for (ContentSource source : sources) {
            try (Reader reader = source.reader()) {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                texts.put(source.path(), text.toString());
            } catch (IOException e) {
                problems.add(source.path(), 0, ProblemCode.UNREADABLE, e.getMessage());
            }
        }
        return readTexts(texts, problems);
    }

    /** Reads files given as path (below the content root) to text. */
    public static ImportResult readTexts(Map<String, String> files) {
        return readTexts(files, new Problems());
    }

    static ImportResult readTexts(Map<String, String> files, Problems problems) {
        List<Parsed> parsed = new ArrayList<>();
        files.entrySet().stream()
                .filter(file -> ContentPath.isMarkdown(file.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(file -> {
                    Map<String, Integer> lines = new HashMap<>();
                    ItemFactory.build(file.getKey(), file.getValue(), problems, lines)
                            .ifPresent(item -> parsed.add(new Parsed(item, lines)));
                });
        checkUniqueIds(parsed, problems);
        checkChangeNotes(parsed, problems);
        if (!problems.isEmpty()) {
            return new ImportResult.Rejected(problems.all());
        }
        return new ImportResult.Imported(assemble(parsed));
    }

    private record Parsed(ContentItem item, Map<String, Integer> lines) {
        int line(String key) {
            return lines.getOrDefault(key, 0);
        }
    }

    /** Ids are unique over all types; the versions of one article share its folder and so its id. */
    private static void checkUniqueIds(List<Parsed> parsed, Problems problems) {
        Map<String, String> owner = new HashMap<>();
        for (Parsed p : parsed) {
            String place = p.item() instanceof ArticleVersion
                    ? "articles/" + p.item().id() + "/"
                    : p.item().path();
            String earlier = owner.putIfAbsent(p.item().id(), place);
            if (earlier != null && !earlier.equals(place)) {
                problems.add(p.item().path(), p.line(Keys.ID), ProblemCode.DUPLICATE_ID, p.item().id(), earlier);
            }
        }
    }

    /** Every version after the first says what changed since the one before it. */
    private static void checkChangeNotes(List<Parsed> parsed, Problems problems) {
        Map<String, List<Parsed>> byArticle = parsed.stream()
                .filter(p -> p.item() instanceof ArticleVersion)
                .collect(Collectors.groupingBy(p -> p.item().id()));
        for (List<Parsed> versions : byArticle.values()) {
            List<Parsed> ordered = versions.stream()
                    .sorted(Comparator.comparing(p -> ((ArticleVersion) p.item()).appliesTo()))
                    .toList();
            for (int i = 1; i < ordered.size(); i++) {
                ArticleVersion version = (ArticleVersion) ordered.get(i).item();
                if (version.changeNote().isBlank()) {
                    ArticleVersion previous = (ArticleVersion) ordered.get(i - 1).item();
                    problems.add(version.path(), ordered.get(i).line(Keys.CHANGE_NOTE),
                            ProblemCode.MISSING_CHANGE_NOTE, previous.appliesTo().code());
                }
            }
        }
    }

    private static KnowledgeBase assemble(List<Parsed> parsed) {
        Map<String, List<ArticleVersion>> versions = new LinkedHashMap<>();
        List<Faq> faqs = new ArrayList<>();
        List<Newsletter> newsletters = new ArrayList<>();
        List<Checklist> checklists = new ArrayList<>();
        for (Parsed p : parsed) {
            switch (p.item()) {
                case ArticleVersion v -> versions.computeIfAbsent(v.id(), id -> new ArrayList<>()).add(v);
                case Faq f -> faqs.add(f);
                case Newsletter n -> newsletters.add(n);
                case Checklist c -> checklists.add(c);
            }
        }
        List<Article> articles = versions.entrySet().stream()
                .map(e -> new Article(e.getKey(), e.getValue()))
                .toList();
        return new KnowledgeBase(articles, faqs, newsletters, checklists);
    }
}
