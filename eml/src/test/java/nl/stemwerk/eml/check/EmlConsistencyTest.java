package nl.stemwerk.eml.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.csv.Osv43Csv;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.eml.stations.PollingStationList;
import nl.stemwerk.eml.stations.PollingStationListReader;

/** Files that each are fine but do not belong together. */
class EmlConsistencyTest {
    private static final String JUINEN_110A = SharedData.JUINEN + "eml110a_verkiezingsdefinitie-juinen.eml.xml";
    private static final String JUINEN_110B = SharedData.JUINEN + "eml110b_stembureaulijst-juinen.eml.xml";
    private static final String JUINEN_230B = SharedData.JUINEN + "eml230b_kandidatenlijsten-juinen.eml.xml";

    private final ElectionDefinition juinen = Readers.definition(JUINEN_110A);

    @Test
    void theJuinenFilesBelongTogether() {
        assertThatCode(() -> {
            EmlConsistency.check(juinen, Readers.candidates(JUINEN_230B), "lijsten.xml");
            EmlConsistency.check(juinen, Readers.stations(JUINEN_110B), "stembureaus.xml");
        }).doesNotThrowAnyException();
    }

    @Test
    void candidateListsOfAnotherMunicipalityAreRefused() {
        EmlException refused = catchThrowableOfType(EmlException.class, () -> EmlConsistency.check(juinen,
                Readers.candidates(SharedData.GR2022_CANDIDATES), "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.OTHER_MUNICIPALITY);
        assertThat(refused.getMessage()).isEqualTo("Bestand Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml: Dit"
                + " bestand met de kandidatenlijsten is voor West Maas en Waal (0668), maar het bestand met de"
                + " verkiezingsdefinitie is voor Juinen (0042). Kies het bestand van de juiste gemeente.");
    }

    @Test
    void candidateListsOfAnotherElectionInTheSameMunicipalityAreRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN_230B), "Id=\"GR2025_Juinen\"", "Id=\"GR2029_Juinen\"");
        CandidateLists later = new CandidateListsReader().read(TestFiles.stream(xml), "lijsten.xml");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> EmlConsistency.check(juinen, later, "lijsten.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.OTHER_ELECTION);
        assertThat(refused.problem()).isEqualTo("Dit bestand met de kandidatenlijsten hoort bij de verkiezing"
                + " GR2029_Juinen van 2025-08-29, maar het bestand met de verkiezingsdefinitie is voor GR2025_Juinen"
                + " van 2025-08-29. Kies het bestand van de juiste verkiezing.");
    }

    @Test
    void aCountOfAnotherMunicipalityIsRefused() {
        EmlException refused = catchThrowableOfType(EmlException.class, () -> EmlConsistency.check(juinen,
                Readers.count(SharedData.GR2022_COUNT).header(), "Telling.eml.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.OTHER_MUNICIPALITY);
    }

    @Test
    void pollingStationsOfAnotherMunicipalityAreRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN_110B), "<AuthorityIdentifier Id=\"0042\">", 
                "<AuthorityIdentifier Id=\"0043\">");
        xml = TestFiles.replaceFirst(xml, "<ReportingUnitIdentifier Id=\"0042\">Juinen",
                "<ReportingUnitIdentifier Id=\"0043\">Buurgemeente");
        PollingStationList stations = new PollingStationListReader()
                .read(TestFiles.stream(xml), "stembureaus.xml");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> EmlConsistency.check(juinen, stations, "stembureaus.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.OTHER_MUNICIPALITY);
        assertThat(refused.problem()).startsWith("Dit bestand met de stembureaus komt van Buurgemeente (0043)");
    }

    /** eml2csv refuses these too ("Election ids did not match", "Contest ids did not match"). */
    @Test
    void aCsvFromACountAndCandidateListsOfDifferentElectionsIsRefusedAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmlException refused = catchThrowableOfType(EmlException.class, () -> Osv43Csv.write(
                Readers.candidates(SharedData.GR2022_CANDIDATES), new CountReader(),
                SharedData.open(SharedData.TK2025_COUNT), "Telling_TK2025.eml.xml", out));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.OTHER_ELECTION);
        assertThat(out.size()).isZero();
    }

    @Test
    void aCsvFromACountOfAnotherElectoralDistrictIsRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(SharedData.TK2025_CANDIDATES), "<ContestIdentifier Id=\"6\">",
                "<ContestIdentifier Id=\"10\">");
        CandidateLists haarlem = new CandidateListsReader().read(TestFiles.stream(xml), "Kandidatenlijsten.xml");
        EmlException refused = catchThrowableOfType(EmlException.class, () -> Osv43Csv.write(haarlem,
                new CountReader(), SharedData.open(SharedData.TK2025_COUNT), "Telling.xml", new ByteArrayOutputStream()));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.OTHER_CONTEST);
        assertThat(refused.problem()).startsWith("Deze telling is voor kieskring 6 (Nijmegen), maar de"
                + " kandidatenlijsten hebben die kieskring niet.");
    }

    @Test
    void aCountWithACandidateThatIsNotOnTheListIsRefusedForTheCsv() {
        String xml = TestFiles.replaceFirst(TestFiles.text(SharedData.GR2022_CANDIDATES),
                "<CandidateIdentifier Id=\"48\">", "<CandidateIdentifier Id=\"49\">");
        CandidateLists lists = new CandidateListsReader().read(TestFiles.stream(xml), "lijsten.xml");
        EmlException refused = catchThrowableOfType(EmlException.class, () -> Osv43Csv.write(lists,
                new CountReader(), SharedData.open(SharedData.GR2022_COUNT), "Telling.xml", new ByteArrayOutputStream()));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.UNKNOWN_CANDIDATE);
        assertThat(refused.problem()).startsWith("In <TotalVotes> staan stemmen op kandidaat 48 van lijst 1, maar die"
                + " kandidaat staat niet op de kandidatenlijst.");
    }
}
