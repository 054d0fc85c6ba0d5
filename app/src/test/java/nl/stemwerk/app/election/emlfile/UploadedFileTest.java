package nl.stemwerk.app.election.emlfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UploadedFileTest {

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Telling_GR2022.eml.xml|Telling_GR2022.eml.xml",
        "C:\\Users\\jan\\110a.xml|110a.xml",
        "../../etc/passwd|passwd",
        "'  '|bestand.xml",
        "naam\u0000met\u0007stuurtekens.xml|naammetstuurtekens.xml"})
    void aFileKeepsOnlyItsOwnNameWithoutFoldersOrControlCharacters(String original, String kept) {
        assertThat(UploadedFile.of(original, new byte[] {1}).fileName()).isEqualTo(kept);
    }

    @Test
    void aVeryLongNameIsCutAt255Characters() {
        assertThat(UploadedFile.of("x".repeat(300) + ".xml", new byte[] {1}).fileName()).hasSize(255);
    }

    @Test
    void theHashIsTheSha256OfTheBytesAsReceived() {
        UploadedFile file = UploadedFile.of("a.xml", "abc".getBytes(StandardCharsets.US_ASCII));
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(file.hash().groups()).hasSize(16).startsWith("ba78", "16bf");
    }
}
