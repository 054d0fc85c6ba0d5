package nl.stemwerk.app.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.committee.CsbSessionService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.EnterTwice;
import nl.stemwerk.app.support.PaperReports;
import nl.stemwerk.app.support.Pdfs;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.result.ElectionResult;
import nl.stemwerk.eml.result.ResultReader;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import nl.stemwerk.kieswet.election.Election;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The CSB's session on the real database: the GSB's result entered twice by hand (art. P 20a), the seats allocated
 * by the kieswet library from it, deceased candidates, lots drawn in public, and the adopted documents.
 */
@StemwerkSpringTest
class CsbSessionIT {
    @Autowired
    ElectionService elections;
    @Autowired
    CommitteeSessionService sessions;
    @Autowired
    DataEntryService dataEntry;
    @Autowired
    CsbApportionmentService apportionment;
    @Autowired
    CsbSessionService csbSessions;
    @Autowired
    SessionDocuments documents;

    @Test
    void theRealTotalOfWestMaasEnWaalEnteredTwiceGivesSeventeenSeatsAndTheCouncillors() {
        long session = csbEntering(westMaasEnWaalCopy());
        assertThat(apportionment.allocation(session)).isInstanceOf(CsbAllocation.NotReady.class);

        EnterTwice.definitive(dataEntry, session, 0, PaperReports.westMaasEnWaalTotal());

        CsbAllocation.Allocated allocated = (CsbAllocation.Allocated) apportionment.allocation(session);
        var completed = allocated.completed().orElseThrow();
        assertThat(completed.seatAllocation().seatsPerList()).containsExactly(3, 2, 3, 2, 2, 2, 2, 1);
        assertThat(completed.election().ofList(1).elected()).containsExactly(1, 2, 3);
        assertThat(csbSessions.differencesWithGsb(session)).as("no GSB session finished for this copy").isEmpty();
        assertThat(csbSessions.gsbResultAvailable(sessions.find(session).electionId())).isFalse();
    }

    @Test
    void aDeceasedCandidateIsPassedOverAndCanBeWithdrawnBeforeAnyLot() {
        long session = csbEntering(westMaasEnWaalCopy());
        EnterTwice.definitive(dataEntry, session, 0, PaperReports.westMaasEnWaalTotal());

        apportionment.registerDeceased(session, 1, 1);

        assertThat(apportionment.deceased(session)).extracting(DeceasedCandidate::name)
                .containsExactly("Reuvers, R.A.N. (Rob)");
        CsbAllocation.Allocated allocated = (CsbAllocation.Allocated) apportionment.allocation(session);
        assertThat(allocated.completed().orElseThrow().election().ofList(1).elected()).containsExactly(2, 3, 4);
        assertThatThrownBy(() -> apportionment.registerDeceased(session, 1, 1)).hasMessageContaining("staat al");
        assertThatThrownBy(() -> apportionment.registerDeceased(session, 1, 99)).hasMessageContaining("bestaat niet");
        apportionment.withdrawDeceased(session, apportionment.deceased(session).getFirst().id());
        assertThat(apportionment.deceased(session)).isEmpty();
    }

    @Test
    void aTieIsDecidedByALotDrawnInPublicAndTheResultIsAdoptedWithItsDocuments() throws Exception {
        long session = csbEntering(tie());
        EnterTwice.definitive(dataEntry, session, 0, tieTotal());
        CsbAllocation.Allocated waiting = (CsbAllocation.Allocated) apportionment.allocation(session);
        assertThat(waiting.drawingRequired().orElseThrow().drawing().options()).containsExactly(1, 2);

        assertThatThrownBy(() -> apportionment.recordLot(session, 1, 3, "Carla CSB", Instant.now()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Kies de uitkomst uit [1, 2]");
        assertThatThrownBy(() -> apportionment.recordLot(session, 2, 2, "Carla CSB", Instant.now()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        apportionment.recordLot(session, 1, 2, "Carla CSB", Instant.parse("2026-03-23T09:15:00Z"));

        CsbAllocation.Allocated decided = (CsbAllocation.Allocated) apportionment.allocation(session);
        assertThat(decided.completed().orElseThrow().seatAllocation().seatsPerList()).containsExactly(4, 5);
        assertThat(decided.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.drawnBy()).isEqualTo("Carla CSB");
            assertThat(lot.chosen()).isEqualTo(2);
        });
        assertThatThrownBy(() -> apportionment.registerDeceased(session, 1, 1)).hasMessageContaining("Er is al geloot");

        List<SessionDocuments.Stored> stored = csbSessions.finish(session, sessions.find(session).version());

        assertThat(sessions.find(session).status()).isEqualTo(CommitteeSessionStatus.COMPLETED);
        String identifier = elections.get(sessions.find(session).electionId()).election().identifier();
        assertThat(stored).extracting(SessionDocuments.Stored::fileName).containsExactly("Model_P22-2.pdf",
                "Totaaltelling_" + identifier + ".eml.xml", "Resultaat_" + identifier + ".eml.xml");
        String pv = Pdfs.text(documents.file(session, "Model_P22-2.pdf").orElseThrow().content());
        assertThat(pv).contains("Carla CSB").containsPattern("23 maart 2026 10: ?15")
                .contains("1 Lijst2nr1, K.2 (Kandidaat) Wamel 45 met voorkeurstemmen (artikel P 15)")
                .contains("5 Lijst2nr5, K.2 (Kandidaat) Wamel 0 in de volgorde van de lijst (artikel P 17)")
                .contains("zitting in (niet vastgelegd)")
                .containsPattern("2 Partij B 45 4 1 5");
        new CountReader().read(new ByteArrayInputStream(documents.file(session, "Totaaltelling_" + identifier
                + ".eml.xml").orElseThrow().content()), "510d");
        ElectionResult result = new ResultReader().read(new ByteArrayInputStream(documents.file(session,
                "Resultaat_" + identifier + ".eml.xml").orElseThrow().content()), "520");
        assertThat(result.toString()).contains("Lijst2nr5");
    }

    private long csbEntering(Election election) {
        long id = elections.store(election, CountingMethod.CSO, TestElections.stations(1));
        CommitteeSession csb = sessions.latest(id, Committee.CSB);
        csb = sessions.assignTypists(csb.id(), csb.version(), List.of("invoerder1", "invoerder2"));
        return sessions.startDataEntry(csb.id(), csb.version()).id();
    }

    private Election westMaasEnWaalCopy() {
        Election demo = elections.get(elections.list().stream()
                .filter(e -> e.identifier().equals("GR2022_WestMaasenWaal")).findFirst().orElseThrow().id()).election();
        String identifier = TestElections.identifier("GR2022_CSB");
        return new Election(identifier, "Testverkiezing " + identifier, demo.category(), demo.subcategory(),
                demo.domain(), demo.electionDate(), demo.nominationDate(), demo.numberOfSeats(), demo.politicalGroups());
    }

    /** 9 seats, two lists of 45 votes: 4 full seats each, the last seat by unique highest averages, a tie (art. P 8). */
    private static Election tie() {
        return TestElections.election(TestElections.identifier("GR2026_TIE"), 9, 6, 6);
    }

    private static Map<String, String> tieTotal() {
        Map<String, String> paper = new LinkedHashMap<>();
        for (String[] box : new String[][] {{"eligibleVoters", "120"}, {"A", "90"}, {"B", "0"}, {"D", "90"},
                {"E.1", "45"}, {"E.2", "45"}, {"E", "90"}, {"F", "0"}, {"G", "0"}, {"H", "90"}, {"I", "0"},
                {"J", "0"}, {"list.1.candidate.1", "45"}, {"list.1.total", "45"}, {"list.2.candidate.1", "45"},
                {"list.2.total", "45"}}) {
            paper.put(box[0], box[1]);
        }
        for (int c = 2; c <= 6; c++) {
            paper.put("list.1.candidate." + c, "0");
            paper.put("list.2.candidate." + c, "0");
        }
        return paper;
    }

    static List<Integer> seats(List<ListCandidates> lists) {
        return lists.stream().map(ListCandidates::seats).toList();
    }
}
