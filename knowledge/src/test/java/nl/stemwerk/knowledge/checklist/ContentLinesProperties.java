package nl.stemwerk.knowledge.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class ContentLinesProperties {

    @Property(tries = 1000)
    void foldedLinesAreAtMost75OctetsAndUnfoldToTheOriginal(@ForAll @StringLength(max = 400) String value) {
        String line = "SUMMARY:" + ContentLines.escape(value);

        String folded = ContentLines.fold(line);

        assertThat(Arrays.stream(folded.split("\r\n", -1)))
                .allSatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    @Property(tries = 1000)
    void anEscapedValueHasNoLineEndsAndNoBareSeparators(@ForAll String value) {
        String escaped = ContentLines.escape(value);

        assertThat(escaped).doesNotContain("\n", "\r");
        assertThat(escaped.replace("\\\\", "").replace("\\;", "").replace("\\,", "")).doesNotContain(";", ",");
    }
}
