package nl.stemwerk.eml.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.GeneratedCount;
import nl.stemwerk.eml.SharedData;

class EmlInspectorTest {
    private final EmlInspector inspector = new EmlInspector();

    /** Every sample the strict schemas accept, with what the import wizard shows of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "eml_nl_samples/abacus/Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml, ELECTION_DEFINITION, 23, 10, 0, 0, 0",
            "eml_nl_samples/juinen/eml110b_stembureaulijst-juinen.eml.xml,         POLLING_STATIONS,    -1, 0, 0, 3, 0",
            "nl_gr2022_west_maas_en_waal/Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml, CANDIDATE_LISTS, -1, 8, 251, 0, 0",
            "nl_tk2025_west_maas_en_waal/Kandidatenlijsten_TK2025_Nijmegen.eml.xml,  CANDIDATE_LISTS,     -1, 24, 1085, 0, 0",
            "nl_gr2022_west_maas_en_waal/Telling_GR2022_WestMaasenWaal.eml.xml,      MUNICIPAL_COUNT,     -1, 8, 251, 0, 21",
            "nl_tk2025_west_maas_en_waal/Telling_TK2025_gemeente_West_Maas_en_Waal.eml.xml, MUNICIPAL_COUNT, -1, 24, 1085, 0, 11",
            "eml_nl_samples/rust-eml-nl/deserialize_eml510d_test.eml.xml,           TOTAL_COUNT,         -1, 1, 2, 0, 1",
            "eml_nl_samples/rust-eml-nl/eml520_test.eml.xml,                        RESULT,              10, 3, 10, 0, 0"})
    void summarisesEveryKindOfFile(String file, EmlMessageType type, int seats, int lists, int candidates,
                                   int stations, int units) throws IOException {
        EmlSummary summary;
        try (InputStream in = SharedData.open(file)) {
            summary = inspector.inspect(in, SharedData.name(file));
        }
        assertThat(summary.type()).isEqualTo(type);
        assertThat(summary.numberOfSeats().orElse(-1)).isEqualTo(seats);
        assertThat(summary.lists()).isEqualTo(lists);
        assertThat(summary.candidates()).isEqualTo(candidates);
        assertThat(summary.pollingStations()).isEqualTo(stations);
        assertThat(summary.reportingUnits()).isEqualTo(units);
    }

    @Test
    void describesAFileInDutchSentences() throws IOException {
        EmlSummary summary;
        try (InputStream in = SharedData.open(SharedData.GR2022_COUNT)) {
            summary = inspector.inspect(in, "Telling_GR2022_WestMaasenWaal.eml.xml");
        }
        assertThat(summary.describe()).containsExactly(
                "Telling_GR2022_WestMaasenWaal.eml.xml bevat de telling van een gemeentelijk stembureau (EML 510b).",
                "Verkiezing: Gemeenteraad West Maas en Waal 2022, op 2022-03-16, in West Maas en Waal.",
                "Gemaakt door: West Maas en Waal (0668).",
                "Lijsten: 8.",
                "Kandidaten: 251.",
                "Tellingen van stembureaus: 21.");
    }

    /** A count with a thousand polling stations, made while it is read: streamed, every total checked. */
    @Test
    void streamsALargeGeneratedCountAndChecksItsTotals() {
        GeneratedCount count = new GeneratedCount(1_000, 10, 10);
        EmlSummary summary = new EmlInspector(EmlReadOptions.defaults().withMaxBytes(200L * 1024 * 1024))
                .inspect(count, "Telling_Proefgemeente.eml.xml");
        assertThat(summary.reportingUnits()).isEqualTo(1_000);
        assertThat(summary.candidates()).isEqualTo(100);
        assertThat(count.bytesServed()).isGreaterThan(10_000_000L);
    }
}
