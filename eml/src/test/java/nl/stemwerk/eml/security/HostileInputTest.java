package nl.stemwerk.eml.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.GeneratedCount;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.summary.EmlInspector;

/** Files made to harm or to fool the reader: each is refused with a code and a Dutch message, nothing returned. */
class HostileInputTest {
    private static final String JUINEN_110A = SharedData.JUINEN + "eml110a_verkiezingsdefinitie-juinen.eml.xml";

    @Test
    void anXxeThatTriesToReadALocalFileIsRefusedAndTheFileStaysUnread(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("geheim.txt");
        Files.writeString(secret, "wachtwoord-van-de-griffie");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE EML [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<EML xmlns=\"urn:oasis:names:tc:evs:schema:eml\" Id=\"230b\"><TransactionId>&xxe;</TransactionId></EML>";
        EmlException refused = refuse(xml);
        assertThat(refused.code()).isEqualTo(EmlErrorCode.DTD_NOT_ALLOWED);
        assertThat(refused.getMessage()).contains("DOCTYPE").contains("bestand.xml").contains("regel 2")
                .doesNotContain("wachtwoord");
        assertThat(refused.technicalDetail()).doesNotContain("wachtwoord");
    }

    @Test
    void aBillionLaughsEntityExpansionIsRefusedBeforeAnyExpansion() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE EML [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]>\n<EML xmlns=\"urn:oasis:names:tc:evs:schema:eml\" Id=\"230b\">&lol9;</EML>");
        assertThat(refuse(xml.toString()).code()).isEqualTo(EmlErrorCode.DTD_NOT_ALLOWED);
    }

    @Test
    void anExternalDtdIsRefusedWithoutFetchingIt() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE EML SYSTEM \"http://192.0.2.1/eml.dtd\">\n"
                + "<EML xmlns=\"urn:oasis:names:tc:evs:schema:eml\" Id=\"230b\"/>";
        EmlException refused = refuse(xml);
        assertThat(refused.code()).isEqualTo(EmlErrorCode.DTD_NOT_ALLOWED);
        assertThat(refused.problem()).contains("Stemwerk leest het bestand daarom niet");
    }

    @Test
    void aSchemaLocationInTheFileIsNotFollowed() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN_110A), "Id=\"110a\"",
                "Id=\"110a\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"urn:oasis:names:tc:evs:schema:eml http://192.0.2.1/evil.xsd\"");
        assertThat(new EmlInspector().inspect(TestFiles.stream(xml), "juinen.xml").numberOfSeats()).hasValue(45);
    }

    /** 300 MB, made while it is read: the reader stops after the 50 MB limit instead of parsing it all. */
    @Test
    void aThreeHundredMegabyteFileIsRefusedAfterReadingNoMoreThanTheLimit() {
        GeneratedCount huge = new GeneratedCount(8_600, 20, 15);
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new CountReader().stream(huge, "Telling_groot.eml.xml", (contest, unit) -> { }));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.FILE_TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("Bestand Telling_groot.eml.xml: Het bestand is groter dan 50 MB."
                + " Zo groot is een EML-bestand niet; Stemwerk leest het niet verder.");
        assertThat(huge.bytesServed()).isLessThanOrEqualTo(EmlReadOptions.DEFAULT_MAX_BYTES + 64 * 1024);
    }

    @Test
    void aTruncatedFileIsRefusedAsIncomplete() {
        byte[] whole = SharedData.bytes(SharedData.GR2022_COUNT);
        for (int cut : new int[] {200, whole.length / 2, whole.length - 3}) {
            EmlException refused = catchThrowableOfType(EmlException.class, () -> new CountReader().read(
                    TestFiles.stream(Arrays.copyOf(whole, cut)), "Telling.eml.xml"));
            assertThat(refused.code()).as("cut at %d", cut).isEqualTo(EmlErrorCode.TRUNCATED);
            assertThat(refused.problem()).contains("houdt op voordat het compleet is");
            assertThat(refused.line()).hasValue(1);
        }
    }

    @Test
    void aFileInAnotherNamespaceIsNotEml() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN_110A), "xmlns=\"urn:oasis:names:tc:evs:schema:eml\"",
                "xmlns=\"urn:example:not-eml\"");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new EmlInspector().inspect(TestFiles.stream(xml), "definitie.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.NOT_EML);
        assertThat(refused.problem()).startsWith("Dit is geen EML_NL-bestand");
    }

    @Test
    void aCandidateListGivenWhereACountIsExpectedIsNamedForWhatItIs() throws IOException {
        try (InputStream in = SharedData.open(SharedData.GR2022_CANDIDATES)) {
            EmlException refused = catchThrowableOfType(EmlException.class,
                    () -> new CountReader().read(in, "Kandidatenlijsten.eml.xml"));
            assertThat(refused.code()).isEqualTo(EmlErrorCode.WRONG_MESSAGE_TYPE);
            assertThat(refused.getMessage()).isEqualTo("Bestand Kandidatenlijsten.eml.xml, regel 1, kolom 273: Dit"
                    + " bestand bevat de kandidatenlijsten (EML 230b). Kies hier een bestand met de telling van een"
                    + " gemeentelijk stembureau (EML 510b) of de totaaltelling van het centraal stembureau (EML 510d).");
        }
    }

    @Test
    void anUnknownEmlIdIsRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN_110A), "Id=\"110a\"", "Id=\"210\"");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new EmlInspector().inspect(TestFiles.stream(xml), "x.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.WRONG_MESSAGE_TYPE);
        assertThat(refused.problem()).startsWith("Dit bestand bevat EML van de soort \"210\". Kies hier een bestand met"
                + " de verkiezingsdefinitie (EML 110a) of");
    }

    @Test
    void elementsNestedTooDeeplyAreRefused() {
        String xml = "<EML xmlns=\"urn:oasis:names:tc:evs:schema:eml\" Id=\"230b\">" + "<a>".repeat(100)
                + "</a>".repeat(100) + "</EML>";
        EmlException refused = catchThrowableOfType(EmlException.class, () -> new EmlInspector(
                EmlReadOptions.defaults().withSchemaValidation(false)).inspect(TestFiles.stream(xml), "diep.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.NESTED_TOO_DEEPLY);
        assertThat(refused.problem()).contains("dieper in elkaar dan 64 lagen");
    }

    @Test
    void somethingThatIsNotXmlIsRefused() {
        EmlException refused = refuse("%PDF-1.7 dit is een pdf");
        assertThat(refused.code()).isEqualTo(EmlErrorCode.NOT_WELL_FORMED);
        assertThat(refused.problem()).isEqualTo("Dit is geen geldige XML, dus geen EML-bestand. Kies het juiste bestand.");
    }

    @Test
    void aStreamThatFailsWhileReadingIsReportedAsAReadFailure() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new CandidateListsReader().read(failing, "lijsten.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.READ_FAILED);
        assertThat(refused.problem()).doesNotContain("disk gone");
    }

    @Test
    void aFileOffTheStrictSchemaNamesTheElementInDutchAndKeepsTheValidatorWordsForTheLog() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN_110A), "<kr:NumberOfSeats>45</kr:NumberOfSeats>",
                "<kr:NumberOfSeats>vijfenveertig</kr:NumberOfSeats>");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new EmlInspector().inspect(TestFiles.stream(xml), "definitie.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.SCHEMA_VIOLATION);
        assertThat(refused.problem()).isEqualTo("Het bestand wijkt af van het EML_NL-schema van de Kiesraad bij"
                + " <NumberOfSeats>. Stemwerk neemt alleen bestanden over die precies kloppen.");
        assertThat(refused.line()).hasValue(22);
        assertThat(refused.technicalDetail()).contains("vijfenveertig");
    }

    private static EmlException refuse(String xml) {
        return catchThrowableOfType(EmlException.class,
                () -> new EmlInspector().inspect(TestFiles.stream(xml.getBytes(StandardCharsets.UTF_8)), "bestand.xml"));
    }

    @Test
    void nothingElseThanTheTypedExceptionLeavesTheReaderForGarbage() {
        assertThatThrownBy(() -> new EmlInspector().inspect(TestFiles.stream(new byte[] {(byte) 0xFF, 0, 1}), "x"))
                .isInstanceOf(EmlException.class);
    }
}
