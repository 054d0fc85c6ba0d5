package nl.stemwerk.eml.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.count.CountReader;

/**
 * The oracle: the CSVs in shared/data/elections were made by the Kiesraad's eml2csv from the EML files next to
 * them. Stemwerk's CSV must be the same, byte for byte, with nothing to justify for these two real elections.
 */
class Osv43CsvTest {
    @Test
    void gr2022WestMaasEnWaalCsvEqualsTheKiesraadCsvByteForByte() throws IOException {
        assertThat(csv(SharedData.GR2022_CANDIDATES, SharedData.GR2022_COUNT))
                .isEqualTo(new String(SharedData.bytes(SharedData.GR2022_CSV), StandardCharsets.UTF_8));
    }

    @Test
    void tk2025WestMaasEnWaalCsvEqualsTheKiesraadCsvByteForByte() throws IOException {
        assertThat(csv(SharedData.TK2025_CANDIDATES, SharedData.TK2025_COUNT))
                .isEqualTo(new String(SharedData.bytes(SharedData.TK2025_CSV), StandardCharsets.UTF_8));
    }

    private static String csv(String candidatesFile, String countFile) throws IOException {
        CandidateLists candidates;
        try (InputStream in = SharedData.open(candidatesFile)) {
            candidates = new CandidateListsReader().read(in, SharedData.name(candidatesFile));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = SharedData.open(countFile)) {
            Osv43Csv.write(candidates, new CountReader(), in, SharedData.name(countFile), out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
