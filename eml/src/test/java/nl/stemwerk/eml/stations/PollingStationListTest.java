package nl.stemwerk.eml.stations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlSchemaCheck;
import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;

class PollingStationListTest {
    private static final String JUINEN = SharedData.JUINEN + "eml110b_stembureaulijst-juinen.eml.xml";

    @Test
    void readsThePollingStationsOfJuinen() {
        PollingStationList list = Readers.stations(JUINEN);
        assertThat(list.municipality().id()).isEqualTo("0042");
        assertThat(list.maxVotes()).hasValue(3353);
        assertThat(list.stations()).first().isEqualTo(new PollingStation(1, "Studio The Rules", "2541 AA",
                PollingStationType.FIXED, OptionalLong.of(1)));
        assertThat(list.stations()).extracting(PollingStation::number).containsExactly(1, 2, 3);
    }

    /** Abacus's own 110b sample has a nomination date, which the strict 110b schema does not allow. */
    @Test
    void aPollingStationListOffTheStrictSchemaIsRefused() {
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> Readers.stations(SharedData.ABACUS + "eml110b_test.eml.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.SCHEMA_VIOLATION);
        assertThat(refused.problem()).contains("<NominationDate>");
        assertThat(refused.line()).hasValue(19);
    }

    @Test
    void aPollingStationNumberTwiceIsRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN), "<PollingStation Id=\"2\">",
                "<PollingStation Id=\"1\">");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new PollingStationListReader().read(TestFiles.stream(xml), "stembureaus.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.DUPLICATE_POLLING_STATION);
        assertThat(refused.problem()).startsWith("Stembureau 1 staat twee keer in het bestand.");
    }

    @Test
    void aPollingStationListWrittenAgainIsValidAndReadsBackTheSame() {
        PollingStationList original = Readers.stations(JUINEN);
        byte[] written = TestFiles.written(out -> PollingStationListWriter.write(original, out));
        EmlSchemaCheck.assertValid(EmlMessageType.POLLING_STATIONS, written);
        assertThat(new PollingStationListReader().read(TestFiles.stream(written), "opnieuw.xml")).isEqualTo(original);
    }

    @Test
    void mobileAndSpecialStationsKeepTheirType() {
        PollingStationList juinen = Readers.stations(JUINEN);
        PollingStationList typed = new PollingStationList(juinen.header(), juinen.election(), juinen.contest(),
                juinen.municipality(), OptionalLong.empty(), List.of(
                new PollingStation(1, "Bus", "", PollingStationType.MOBILE, OptionalLong.of(0)),
                new PollingStation(2, "Station", "2595 AA", PollingStationType.SPECIAL, OptionalLong.of(800))));
        byte[] written = TestFiles.written(out -> PollingStationListWriter.write(typed, out));
        EmlSchemaCheck.assertValid(EmlMessageType.POLLING_STATIONS, written);
        assertThat(new PollingStationListReader().read(TestFiles.stream(written), "typen.xml").stations())
                .isEqualTo(typed.stations());
    }
}
