package nl.stemwerk.turnout.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OpenDataStationCsvWriterTest {

    @Test
    void writingAndReadingBackGivesTheSameStations() {
        StationList original = StationFixtures.example();
        StringWriter csv = new StringWriter();

        OpenDataStationCsvWriter.write(original, csv);
        StationList back = OpenDataStationCsvReader.read("export.csv", new StringReader(csv.toString()));

        assertThat(back.stations()).hasSameSizeAs(original.stations());
        for (int i = 0; i < original.stations().size(); i++) {
            StationListing before = original.stations().get(i);
            StationListing after = back.stations().get(i);
            assertThat(after.number()).isEqualTo(before.number());
            assertThat(after.name()).isEqualTo(before.name());
            assertThat(after.type()).isEqualTo(before.type());
            assertThat(after.municipalityCode()).isEqualTo(before.municipalityCode());
            assertThat(after.stops()).extracting(StationStop::window)
                    .isEqualTo(before.stops().stream().map(StationStop::window).toList());
            assertThat(after.stops()).extracting(StationStop::address)
                    .isEqualTo(before.stops().stream().map(StationStop::address).toList());
            assertThat(after.stops()).extracting(StationStop::accessibility)
                    .isEqualTo(before.stops().stream().map(StationStop::accessibility).toList());
            for (int s = 0; s < before.stops().size(); s++) {
                var expected = before.stops().get(s).location();
                var actual = after.stops().get(s).location();
                assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
                expected.ifPresent(point -> {
                    assertThat(actual.orElseThrow().latitude()).isCloseTo(point.latitude(), within(1e-7));
                    assertThat(actual.orElseThrow().longitude()).isCloseTo(point.longitude(), within(1e-7));
                });
            }
        }
    }

    @Test
    void theHeaderFollowsTheStandardAndCellsWithCommasAreQuoted() {
        StringWriter csv = new StringWriter();

        OpenDataStationCsvWriter.write(StationFixtures.example(), csv);

        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).startsWith("Gemeente,CBS gemeentecode,Nummer stembureau,Naam stembureau,Type stembureau,");
        assertThat(lines[0]).endsWith(",Prokkelduo,Extra toegankelijkheidsinformatie");
        assertThat(lines).hasSize(7);
        assertThat(lines[1]).contains(",517,Stadhuis,regulier,").contains(",52.0775912,4.3166395,")
                .contains(",81611,454909,");
        assertThat(csv.toString()).contains("\"ja, toegankelijk toilet\"");
    }
}
