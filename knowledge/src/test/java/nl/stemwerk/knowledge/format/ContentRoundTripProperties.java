package nl.stemwerk.knowledge.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.stemwerk.knowledge.model.Anchor;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ContentItem;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Metadata;
import nl.stemwerk.knowledge.model.Newsletter;
import nl.stemwerk.knowledge.model.Role;
import nl.stemwerk.knowledge.model.Topic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ContentRoundTripProperties {

    private static final String TEXT_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:'\"-#*[]{}()!?&<>/\\éëöü€";

    @Property(tries = 300)
    void anExportedFaqImportsAsTheSameFaq(@ForAll("faqs") Faq faq) {
        assertThat(roundTrip(faq)).isEqualTo(faq);
    }

    @Property(tries = 300)
    void anExportedArticleVersionImportsAsTheSameVersion(@ForAll("articleVersions") ArticleVersion version) {
        assertThat(roundTrip(version)).isEqualTo(version);
    }

    @Property(tries = 300)
    void anExportedNewsletterImportsAsTheSameNewsletter(@ForAll("newsletters") Newsletter newsletter) {
        assertThat(roundTrip(newsletter)).isEqualTo(newsletter);
    }

    @Property(tries = 200)
    void anExportedChecklistImportsWithTheSameTasks(@ForAll("checklistBodies") String body,
                                                   @ForAll("metadataOfChecklists") Metadata metadata) {
        Checklist template = new Checklist(metadata, "", body, List.of());
        Checklist imported = (Checklist) roundTrip(template);

        assertThat(imported.body()).isEqualTo(body);
        assertThat(imported.tasks()).isNotEmpty();
        assertThat(roundTrip(imported)).isEqualTo(imported);
    }

    private static ContentItem roundTrip(ContentItem item) {
        String text = ContentExporter.write(item);
        KnowledgeBase knowledgeBase = ContentImporter.readTexts(Map.of(item.path(), text)).orThrow();
        return knowledgeBase.items().findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<Faq> faqs() {
        return Combinators.combine(metadata(ContentType.FAQ), dates(), bodies()).as(Faq::new);
    }

    @Provide
    Arbitrary<ArticleVersion> articleVersions() {
        Arbitrary<Metadata> metadata = metadata(ContentType.ARTICLE).filter(m -> !m.law().isEmpty());
        return metadata.flatMap(m -> Combinators.combine(
                Arbitraries.of(m.elections()).flatMap(type -> Arbitraries.integers().between(1990, 2100)
                        .map(year -> new Edition(type, year))),
                dates(), Arbitraries.oneOf(Arbitraries.just(""), line()), bodies())
                .as((edition, updated, note, body) -> new ArticleVersion(m, edition, updated, note, body)));
    }

    @Provide
    Arbitrary<Newsletter> newsletters() {
        Arbitrary<String> number = Combinators.combine(Arbitraries.integers().between(2000, 2099),
                Arbitraries.integers().between(1, 99)).as((year, n) -> "%d-%02d".formatted(year, n));
        return Combinators.combine(metadata(ContentType.NEWSLETTER), number, dates(),
                Arbitraries.of(Topic.class).list().uniqueElements().ofMinSize(1).ofMaxSize(4), bodies())
                .as(Newsletter::new);
    }

    @Provide
    Arbitrary<Metadata> metadataOfChecklists() {
        return metadata(ContentType.CHECKLIST);
    }

    @Provide
    Arbitrary<String> checklistBodies() {
        Arbitrary<String> task = Combinators.combine(line(), Arbitraries.of(Anchor.class),
                Arbitraries.integers().between(-400, 400), Arbitraries.of(Role.class))
                .as((text, anchor, days, role) -> "- [ ] %s {deadline: %s%s%dd; role: %s}".formatted(
                        text.replace("{", "(").replace("}", ")"), anchor.key(), days < 0 ? "-" : "+",
                        Math.abs(days), role.label()));
        Arbitrary<String> heading = line().map(text -> "## " + text);
        Arbitrary<String> lines = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, task), net.jqwik.api.Tuple.of(1, heading),
                net.jqwik.api.Tuple.of(1, line().filter(l -> !l.startsWith("-") && !l.startsWith("*")
                        && !l.startsWith("```"))));
        return Combinators.combine(task, lines.list().ofMaxSize(8))
                .as((first, rest) -> first + "\n" + String.join("\n", rest) + "\n");
    }

    private static Arbitrary<Metadata> metadata(ContentType type) {
        Arbitrary<String> id = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(1).ofMaxLength(8).list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
        Arbitrary<List<ElectionType>> elections = Arbitraries.of(ElectionType.class).list().uniqueElements()
                .ofMinSize(1).ofMaxSize(6);
        Arbitrary<List<String>> law = line().filter(l -> !l.contains(";")).list().uniqueElements().ofMaxSize(3);
        return Combinators.combine(id, line(), line(), Arbitraries.of(Topic.class), elections, law)
                .as((i, title, summary, topic, el, l) -> new Metadata(i, type, title, summary, topic, el, l));
    }

    private static Arbitrary<String> line() {
        return Arbitraries.strings().withChars(TEXT_CHARS).ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(TEXT_CHARS + "\n").ofMinLength(1).ofMaxLength(200)
                .filter(s -> !s.isBlank());
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 40_000).map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
    }
}
