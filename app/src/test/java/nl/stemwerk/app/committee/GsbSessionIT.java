package nl.stemwerk.app.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.documents.DocumentFile;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.EnterTwice;
import nl.stemwerk.app.support.Pdfs;
import nl.stemwerk.app.support.Zips;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.app.support.PaperReports;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import nl.stemwerk.kieswet.check.CheckCode;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import nl.stemwerk.kieswet.election.Election;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A GSB session with two real polling stations of West Maas en Waal 2022 (stations 1 and 7, real counts): records,
 * warnings to explain, finishing, and the proces-verbaal whose figures are read back from the PDF.
 */
@StemwerkSpringTest
class GsbSessionIT {
    @Autowired
    ElectionService elections;
    @Autowired
    CommitteeSessionService sessions;
    @Autowired
    DataEntryService dataEntry;
    @Autowired
    SessionRecordsService records;
    @Autowired
    GsbSessionService gsbSessions;
    @Autowired
    SessionDocuments documents;

    long session;
    String identifier;

    @BeforeEach
    void twoStationsOfWestMaasEnWaalEntering() {
        identifier = TestElections.identifier("GR2022_GSB");
        Election copy = TestElections.demoCopy(elections, identifier);
        long id = elections.store(copy, CountingMethod.CSO, TestElections.stations(1, 7));
        CommitteeSession gsb = sessions.latest(id, Committee.GSB);
        gsb = sessions.changeDetails(gsb.id(), gsb.version(), "Raadzaal", LocalDate.of(2022, 3, 17), LocalTime.of(9, 0));
        gsb = sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "invoerder2"));
        session = sessions.startDataEntry(gsb.id(), gsb.version()).id();
    }

    @Test
    void theSessionCannotFinishWhileAResultIsNotDefinitive() {
        EnterTwice.definitive(dataEntry, session, 1, PaperReports.westMaasEnWaal(1));

        assertThat(gsbSessions.obstacles(session)).containsExactly("1 proces-verbaal is nog niet definitief.");
        assertThatThrownBy(() -> gsbSessions.finish(session, sessions.find(session).version()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("nog niet definitief");
        assertThat(sessions.find(session).status()).isEqualTo(CommitteeSessionStatus.DATA_ENTRY);
    }

    @Test
    void aWarningMustBeExplainedBeforeTheSessionFinishesAndTheExplanationIsInTheProcesVerbaal() throws IOException {
        EnterTwice.definitive(dataEntry, session, 1, PaperReports.westMaasEnWaal(1));
        Map<String, String> blanks = PaperReports.westMaasEnWaal(7);
        blanks.putAll(Map.of("F", "30", "E", "835", "G", "4", "H", "869"));
        // 30 of list 1's 32 votes were in fact blank ballots: list 1 keeps 2, on its first candidate
        blanks.replaceAll((field, value) -> field.startsWith("list.1.candidate.") ? "0" : value);
        blanks.putAll(Map.of("E.1", "2", "list.1.total", "2", "list.1.candidate.1", "2"));
        EnterTwice.definitive(dataEntry, session, 7, blanks);

        assertThat(records.warnings(session)).extracting(WarningToExplain::code).containsExactly(CheckCode.W201);
        assertThat(gsbSessions.obstacles(session)).containsExactly("1 waarschuwing heeft nog geen uitleg van het stembureau.");
        WarningToExplain warning = records.warnings(session).getFirst();
        records.explain(session, warning.dataEntryId(), CheckCode.W201, "Een groep kiezers stemde bewust blanco.");
        records.addAttendance(session, "Gijs Voorzitter", AttendanceFunction.VOORZITTER, LocalTime.of(9, 0), null);
        records.addObjection(session, 7, "Een kiezer vond dat het stembureau te laat openging.");

        List<SessionDocuments.Stored> stored = gsbSessions.finish(session, sessions.find(session).version());

        assertThat(sessions.find(session).status()).isEqualTo(CommitteeSessionStatus.COMPLETED);
        assertThat(stored).extracting(SessionDocuments.Stored::fileName).containsExactly("Model_Na31-2.pdf",
                "Telling_" + identifier + ".eml.xml", "osv4-3_telling_" + identifier.toLowerCase(java.util.Locale.ROOT)
                        + ".csv");
        String text = Pdfs.text(documents.file(session, "Model_Na31-2.pdf").orElseThrow().content());
        assertThat(text).contains("Een groep kiezers stemde bewust blanco.")
                .contains("Een kiezer vond dat het stembureau te laat openging.")
                .contains("Gijs Voorzitter");
    }

    @Test
    void theProcesVerbaalHoldsTheSameFiguresAsTheDatabaseAndTheZipListsEveryHashCode() throws IOException {
        EnterTwice.definitive(dataEntry, session, 1, PaperReports.westMaasEnWaal(1));
        EnterTwice.definitive(dataEntry, session, 7, PaperReports.westMaasEnWaal(7));
        records.addAttendance(session, "Gijs Voorzitter", AttendanceFunction.VOORZITTER, null, null);

        gsbSessions.finish(session, sessions.find(session).version());

        DocumentFile pv = documents.file(session, "Model_Na31-2.pdf").orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(pv.content())) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(pdf.getDocumentCatalog().getMetadata()).as("XMP metadata for PDF/A").isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Na 31-2");
        }
        String text = Pdfs.text(pv.content());
        // stations 1 and 7 together: A 619 + 760 = 1.379, D 690 + 868 = 1.558, H 689 + 869 = 1.558, list 1 3 + 32 = 35
        assertThat(text).containsPattern("A\\. Aantal geldige stempassen\\s+1\\.379")
                .containsPattern("D\\. Totaal aantal toegelaten kiezers\\s+1\\.558")
                .containsPattern("H\\. Totaal aantal getelde stembiljetten\\s+1\\.558")
                .containsPattern("E\\.1 Totaal lijst 1 \\(FD Partij Beneden-Leeuwen\\)\\s+35")
                .contains("Reuvers, R.A.N. (Rob)")
                .contains("Model Na 31-2");
        byte[] zip = documents.zip(session);
        String countFile = "Telling_" + identifier + ".eml.xml";
        assertThat(Zips.names(zip)).containsExactly("Model_Na31-2.pdf", countFile,
                "osv4-3_telling_" + identifier.toLowerCase(java.util.Locale.ROOT) + ".csv", SessionDocuments.HASH_LIST);
        Count count = new CountReader().read(new java.io.ByteArrayInputStream(Zips.entry(zip, countFile)), countFile);
        assertThat(count.contests().getFirst().units()).extracting(u -> u.unit().id()).containsExactly("0668::SB1",
                "0668::SB7");
        assertThat(CountMapping.toResults(count.contests().getFirst().totals().orElseThrow()).voters()
                .totalAdmittedVotersCount()).isEqualTo(1558);
        assertThat(new String(Zips.entry(zip, SessionDocuments.HASH_LIST))).contains(DocumentFile.grouped(pv.sha256()));
        assertThat(documents.zip(session)).as("the same zip every time").isEqualTo(zip);
    }
}
