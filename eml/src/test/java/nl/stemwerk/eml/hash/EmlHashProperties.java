package nl.stemwerk.eml.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class EmlHashProperties {
    @Property
    void theFirstBlankIsAmongGroupsZeroToSevenAndTheSecondAmongNineToFifteen(@ForAll byte[] content) {
        RedactedEmlHash shown = EmlHash.of(content).redacted();
        assertThat(shown.firstBlank()).isBetween(0, 7);
        assertThat(shown.secondBlank()).isBetween(9, 15);
        assertThat(shown.groups()).filteredOn(String::isEmpty).hasSize(2);
    }

    @Property
    void theSameBytesAlwaysGiveTheSameBlanks(@ForAll byte[] content) {
        assertThat(EmlHash.of(content).redacted()).isEqualTo(EmlHash.of(content.clone()).redacted());
    }

    @Property
    void typingTheBlankGroupsMatchesAndChangingOneCharacterDoesNot(@ForAll byte[] content) {
        EmlHash hash = EmlHash.of(content);
        RedactedEmlHash shown = hash.redacted();
        List<String> groups = hash.groups();
        String first = groups.get(shown.firstBlank());
        String second = groups.get(shown.secondBlank());
        assertThat(hash.check(first, second)).isEqualTo(HashCheck.MATCHES);
        String changed = (first.charAt(0) == '0' ? "1" : "0") + first.substring(1);
        assertThat(hash.check(changed, second)).isEqualTo(HashCheck.DIFFERENT);
    }

    @Property
    void aStreamAndItsBytesHaveTheSameHash(@ForAll byte[] content) {
        assertThat(EmlHash.of(new java.io.ByteArrayInputStream(content))).isEqualTo(EmlHash.of(content));
    }
}
