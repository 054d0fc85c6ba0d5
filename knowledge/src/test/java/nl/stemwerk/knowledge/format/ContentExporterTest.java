package nl.stemwerk.knowledge.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.model.Metadata;
import nl.stemwerk.knowledge.model.Topic;
import org.junit.jupiter.api.Test;

class ContentExporterTest {

    @Test
    void exportingTheSamplesAndImportingThemAgainGivesTheSameContent() {
        KnowledgeBase original = Samples.knowledgeBase();

        SortedMap<String, String> files = ContentExporter.writeAll(original);
        KnowledgeBase again = ContentImporter.readTexts(files).orThrow();

        assertThat(files).containsKeys("articles/uitslagsoftware/GR2022.md", "articles/uitslagsoftware/GR2026.md",
                "faq/stempas-kwijt.md", "newsletters/nieuwsbrief-2026-01.md", "checklists/planning-klein.md");
        assertThat(again).isEqualTo(original);
    }

    @Test
    void writesTheKeysInTheFixedOrderWithListsSeparatedBySemicolons() {
        Faq faq = ContentImporter.readTexts(Map.of("faq/stempas-kwijt.md", FaqText.VALID)).orThrow().faqs().getFirst();

        assertThat(ContentExporter.write(faq)).isEqualTo(FaqText.VALID);
    }

    @Test
    void anEmptyChangeNoteIsWrittenAsAnEmptyKey() {
        String text = ContentExporter.write(Samples.knowledgeBase().article("stemmen-toelaten").orElseThrow().latest());

        assertThat(text).contains("\nchange_note:\n---\n");
    }

    @Test
    void aValueThatDoesNotFitOnOneLineCannotBeExported() {
        Faq faq = new Faq(new Metadata("x", ContentType.FAQ, "Twee\nregels", "S.", Topic.COUNT,
                List.of(ElectionType.GR), List.of()), LocalDate.of(2026, 1, 1), "Tekst\n");

        assertThatThrownBy(() -> ContentExporter.write(faq)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
    }

    @Test
    void aLawCitationWithASemicolonCannotBeExported() {
        Faq faq = new Faq(new Metadata("x", ContentType.FAQ, "T", "S.", Topic.COUNT, List.of(ElectionType.GR),
                List.of("Kieswet art. J 1; J 2")), LocalDate.of(2026, 1, 1), "Tekst\n");

        assertThatThrownBy(() -> ContentExporter.write(faq)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("law");
    }
}
