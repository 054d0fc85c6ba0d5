package nl.stemwerk.eml.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.EmlSchemaCheck;
import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.eml.csv.Osv43Csv;

class CountWriterTest {
    /** Real counts, written again by Stemwerk: valid against the strict schema and read back unchanged. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({SharedData.GR2022_COUNT, SharedData.TK2025_COUNT})
    void aRealCountWrittenAgainIsValidAndReadsBackTheSame(String file) {
        Count original = Readers.count(file);
        byte[] written = TestFiles.written(out -> CountWriter.write(original, out));
        EmlSchemaCheck.assertValid(original.header().type(), written);
        assertThat(new CountReader().read(TestFiles.stream(written), "opnieuw.xml")).isEqualTo(original);
    }

    /** The oracle again, now through Stemwerk's own 510b: its CSV equals the one the Kiesraad's eml2csv made. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            SharedData.GR2022_COUNT + "," + SharedData.GR2022_CANDIDATES + "," + SharedData.GR2022_CSV,
            SharedData.TK2025_COUNT + "," + SharedData.TK2025_CANDIDATES + "," + SharedData.TK2025_CSV})
    void theCsvOfACountStemwerkWroteEqualsTheKiesraadCsv(String count, String candidates, String csv) {
        byte[] written = TestFiles.written(out -> CountWriter.write(Readers.count(count), out));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Osv43Csv.write(Readers.candidates(candidates), new CountReader(), TestFiles.stream(written), "telling.xml", out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(new String(SharedData.bytes(csv), StandardCharsets.UTF_8));
    }

    /** The same count must give the same bytes every time, because users check files by their hash. */
    @Test
    void theRootIsWrittenWithItsNamespacesInAFixedOrderAsInTheKiesraadFiles() {
        byte[] written = TestFiles.written(out -> CountWriter.write(Readers.count(SharedData.GR2022_COUNT), out));
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<EML xmlns=\"urn:oasis:names:tc:evs:schema:eml\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
                + " xmlns:kr=\"http://www.kiesraad.nl/extensions\" xmlns:xal=\"urn:oasis:names:tc:ciq:xsdschema:xAL:2.0\""
                + " xmlns:xnl=\"urn:oasis:names:tc:ciq:xsdschema:xNL:2.0\" Id=\"510b\" SchemaVersion=\"5\">\n"
                + "  <TransactionId>1</TransactionId>\n");
        assertThat(TestFiles.written(out -> CountWriter.write(Readers.count(SharedData.GR2022_COUNT), out)))
                .isEqualTo(written);
    }

    @Test
    void theWriterRefusesToBeUsedOutOfOrder() {
        Count count = Readers.count(SharedData.GR2022_COUNT);
        CountWriter writer = CountWriter.open(new ByteArrayOutputStream(), count.header());
        ReportingUnitVotes unit = count.contests().get(0).units().get(0);
        assertThatThrownBy(() -> writer.reportingUnit(unit)).isInstanceOf(IllegalStateException.class);
        writer.startContest(ContestIdentity.NONE, count.contests().get(0).totals().orElseThrow());
        assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
    }
}
