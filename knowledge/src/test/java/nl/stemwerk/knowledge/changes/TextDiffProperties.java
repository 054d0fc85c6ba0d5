package nl.stemwerk.knowledge.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.stemwerk.knowledge.model.Edition;

class TextDiffProperties {

    @Property(tries = 500)
    void theOldAndNewTextCanBeReadBackFromEveryDiff(@ForAll("texts") String older, @ForAll("texts") String newer) {
        VersionDiff diff = diff(older, newer);

        assertThat(diff.oldText()).isEqualTo(older);
        assertThat(diff.newText()).isEqualTo(newer);
    }

    @Property(tries = 200)
    void aTextComparedWithItselfHasNoChanges(@ForAll("texts") String text) {
        assertThat(diff(text, text).hasChanges()).isFalse();
    }

    private static VersionDiff diff(String older, String newer) {
        Edition edition = Edition.parse("GR2026").orElseThrow();
        return new VersionDiff("x", Optional.empty(), edition, "", TextDiff.lines(older, newer));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("de", "het", "stembureau", "stempas", "21.00", "uur", "<b>", "&",
                "Wpv", "GSB", ",", ".", "-");
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "  ", "\n\n");
        return Arbitraries.oneOf(word, separator).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void everyLineHasAtLeastOneSegment(@ForAll("texts") String older, @ForAll("texts") String newer) {
        List<DiffLine> lines = TextDiff.lines(older, newer);

        assertThat(lines).allSatisfy(line -> assertThat(line.segments()).isNotEmpty());
    }
}
