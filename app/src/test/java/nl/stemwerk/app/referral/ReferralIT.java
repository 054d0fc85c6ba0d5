package nl.stemwerk.app.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.AttendanceFunction;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.committee.GsbSessionService;
import nl.stemwerk.app.committee.SessionRecordsService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.StationProgress;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.EnterTwice;
import nl.stemwerk.app.support.PaperReports;
import nl.stemwerk.app.support.Pdfs;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import nl.stemwerk.kieswet.committee.InvestigationStatus;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;
import nl.stemwerk.kieswet.dataentry.FirstEntryHasErrors;
import nl.stemwerk.kieswet.dataentry.FirstEntryInProgress;
import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.app.dataentry.DataEntryContext;
import nl.stemwerk.app.dataentry.Resolution;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.count.InvestigationReason;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Referral and correction with two real polling stations of West Maas en Waal 2022 (stations 1 and 7, real counts):
 * the CSB orders an investigation of station 7, the GSB recounts list 1 in a later session, two typists enter only
 * that list, and the corrigendum and the adopted total carry the new figures while the first result stays stored.
 */
@StemwerkSpringTest
class ReferralIT {
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
    ReferralService referrals;
    @Autowired
    CorrigendumService corrigenda;
    @Autowired
    CorrectedResults corrected;
    @Autowired
    SessionDocuments documents;

    long electionId;
    long firstGsb;
    long csb;
    Map<String, String> station7;
    String identifier;

    @BeforeEach
    void theGsbAdoptedStations1And7() {
        FirstSession first = FirstSession.adopted(elections, sessions, dataEntry, gsbSessions, "GR2022_REF", 1, 7);
        identifier = first.identifier();
        electionId = first.electionId();
        firstGsb = first.firstGsb();
        csb = first.csb();
        station7 = PaperReports.westMaasEnWaal(7);
    }

    @Test
    void aRecountOfOneListIsEnteredTwiceAndTheCorrigendumAndTheAdoptedTotalCarryTheNewFigures() {
        long candidate1 = Long.parseLong(station7.get("list.1.candidate.1"));
        long candidate2 = Long.parseLong(station7.get("list.1.candidate.2"));

        Investigation ordered = referrals.order(csb, 7, "Een lid van het stembureau meldt dat stemmen op lijst 1 bij"
                + " de verkeerde kandidaat zijn geteld.");
        CommitteeSession later = sessions.find(ordered.gsbSessionId());
        assertThat(later.number()).isEqualTo(2);
        assertThat(later.status()).isEqualTo(CommitteeSessionStatus.IN_PREPARATION);
        assertThat(ordered.status()).isEqualTo(InvestigationStatus.IN_PROGRESS);

        Investigation concluded = referrals.conclude(ordered.id(), ordered.version(),
                "Bij hertelling had kandidaat 1 twee stemmen te veel; die waren voor kandidaat 2.", true,
                List.of("lijst-1"));
        assertThat(concluded.status()).isEqualTo(InvestigationStatus.CONCLUDED_WITH_NEW_RESULTS);
        assertThat(concluded.recounted()).isTrue();

        later = sessions.changeDetails(later.id(), later.version(), "Raadzaal", LocalDate.of(2022, 3, 24),
                LocalTime.of(10, 0));
        later = sessions.startDataEntry(later.id(), later.version());
        assertThat(dataEntry.progress(later.id())).extracting(StationProgress::number).containsExactly(7);

        // the typists start from the earlier entry with only list 1's boxes empty
        var claimed = dataEntry.claim(later.id(), 7, 0, "invoerder1");
        Map<String, String> start = ((FirstEntryInProgress) claimed.record().status()).firstEntry().fields();
        assertThat(start).containsEntry("A", station7.get("A")).containsEntry("list.1.candidate.1", "")
                .containsEntry("list.2.candidate.1", station7.get("list.2.candidate.1"));

        Map<String, String> listOne = new java.util.LinkedHashMap<>();
        station7.forEach((field, value) -> {
            if (field.startsWith("list.1.")) {
                listOne.put(field, value);
            }
        });
        listOne.put("list.1.candidate.1", String.valueOf(candidate1 - 2));
        listOne.put("list.1.candidate.2", String.valueOf(candidate2 + 2));
        Map<String, String> recounted = new java.util.LinkedHashMap<>(station7);
        recounted.putAll(listOne);
        var saved = dataEntry.save(claimed.record().dataEntryId(), claimed.record().version(), "invoerder1",
                listOne, "lijst-1");
        assertThat(dataEntry.finalise(saved.record().dataEntryId(), saved.record().version(), "invoerder1").record()
                .status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_FINALISED);
        EnterTwice.enter(dataEntry, later.id(), 7, "invoerder2", recounted);

        assertThat(corrigenda.obstacles(later.id())).isEmpty();
        records.addAttendance(later.id(), "Gijs Voorzitter", AttendanceFunction.VOORZITTER, null, null);
        List<SessionDocuments.Stored> stored = corrigenda.finish(later.id(), sessions.find(later.id()).version());

        String countFile = "Telling_" + identifier + ".eml.xml";
        assertThat(stored).extracting(SessionDocuments.Stored::fileName).containsExactly(CorrigendumService.FILE_NAME,
                countFile, "osv4-3_telling_" + identifier.toLowerCase(java.util.Locale.ROOT) + ".csv");
        Count count = new CountReader().read(new java.io.ByteArrayInputStream(
                documents.file(later.id(), countFile).orElseThrow().content()), countFile);
        ReportingUnitVotes unit7 = count.contests().getFirst().units().get(1);
        assertThat(unit7.unit().id()).isEqualTo("0668::SB7");
        assertThat(unit7.investigations()).containsExactly(
                new nl.stemwerk.eml.count.Investigation(InvestigationReason.OTHER_REASON, true),
                new nl.stemwerk.eml.count.Investigation(InvestigationReason.BALLOTS_PARTIALLY_RECOUNTED, true),
                new nl.stemwerk.eml.count.Investigation(InvestigationReason.ADMITTED_VOTERS_REESTABLISHED, false));
        assertThat(CountMapping.toResults(unit7.votes()).candidateVotes().getFirst().candidateVotes().subList(0, 2))
                .containsExactly(candidate1 - 2, candidate2 + 2);
        assertThat(count.contests().getFirst().units().getFirst().investigations()).isEmpty();
        String text = Pdfs.text(documents.file(later.id(), CorrigendumService.FILE_NAME).orElseThrow().content());
        assertThat(text).contains("Model Na 14-2")
                .contains("Bij hertelling had kandidaat 1 twee stemmen te veel")
                .contains("stemmen op lijst 1 bij")
                .containsPattern("lijst 1, kandidaat 1\\s+" + candidate1 + "\\s+" + (candidate1 - 2))
                .containsPattern("lijst 1, kandidaat 2\\s+" + candidate2 + "\\s+" + (candidate2 + 2))
                .contains("Gijs Voorzitter");

        PollingStationResults station7Now = corrected.adoptedPerStation(electionId).get(1);
        assertThat(station7Now.candidateVotes().getFirst().candidateVotes().subList(0, 2))
                .containsExactly(candidate1 - 2, candidate2 + 2);
        long firstTotal = Long.parseLong(PaperReports.westMaasEnWaal(1).get("list.1.candidate.1"));
        assertThat(corrected.adoptedTotal(electionId).orElseThrow().candidateVotes().getFirst().candidateVotes()
                .getFirst()).isEqualTo(firstTotal + candidate1 - 2);
        assertThat(dataEntry.definitiveResults(firstGsb).get(1).entry().fields())
                .as("the first result is kept as it was").containsEntry("list.1.candidate.1", String.valueOf(candidate1));
    }

    @Test
    void theWholeCorrectedProcesVerbaalIsCheckedAndOnlyTheCorrectedPartMayChange() {
        Investigation ordered = referrals.order(csb, 7, "Twijfel over lijst 1.");
        referrals.conclude(ordered.id(), ordered.version(), "Hertelling wijkt af.", true, List.of("lijst-1"));
        CommitteeSession later = sessions.find(ordered.gsbSessionId());
        later = sessions.startDataEntry(later.id(), later.version());

        Map<String, String> notAddingUp = new java.util.LinkedHashMap<>(station7);
        notAddingUp.put("list.1.candidate.1", String.valueOf(Long.parseLong(station7.get("list.1.candidate.1")) + 5));
        DataEntryContext withErrors = EnterTwice.enter(dataEntry, later.id(), 7, "invoerder1", notAddingUp);
        assertThat(withErrors.record().status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_HAS_ERRORS);
        assertThat(EntryChecks.check(((FirstEntryHasErrors) withErrors.record().status()).firstEntry()).codes())
                .as("list 1's candidates no longer add up to its total").anySatisfy(c -> assertThat(c.label()).startsWith("F.4"));
        dataEntry.resolve(withErrors.record().dataEntryId(), withErrors.record().version(), Resolution.DISCARD_FIRST);

        // blank and invalid ballots are outside list 1: a correction of list 1 may not change them
        Map<String, String> outside = new java.util.LinkedHashMap<>(station7);
        outside.put("F", String.valueOf(Long.parseLong(station7.get("F")) - 1));
        outside.put("G", String.valueOf(Long.parseLong(station7.get("G")) + 1));
        EnterTwice.definitive(dataEntry, later.id(), 7, outside);

        assertThat(corrigenda.obstacles(later.id())).containsExactly("Stembureau 7: alleen de gecorrigeerde delen"
                + " mogen anders zijn, maar ook F, G is anders. Stuur de invoer terug.");
        long laterId = later.id();
        assertThatThrownBy(() -> corrigenda.finish(laterId, sessions.find(laterId).version()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("alleen de gecorrigeerde delen");
        assertThat(sessions.find(laterId).status()).isEqualTo(CommitteeSessionStatus.DATA_ENTRY);
    }

    @Test
    void anInvestigationWithoutNewResultsHasNothingToEnterAndCanBeSwitchedWhileTheSessionIsOpen() {
        Investigation ordered = referrals.order(csb, 1, "Bezwaar van een kiezer over de telling.");
        Investigation without = referrals.conclude(ordered.id(), ordered.version(), "De telling klopte.", false,
                List.of());
        assertThat(without.status()).isEqualTo(InvestigationStatus.CONCLUDED_WITHOUT_NEW_RESULTS);
        assertThat(dataEntry.progress(without.gsbSessionId())).isEmpty();

        Investigation switched = referrals.conclude(without.id(), without.version(), "Toch een fout in de kiezers.",
                false, List.of("kiezers"));
        assertThat(switched.status()).isEqualTo(InvestigationStatus.CONCLUDED_WITH_NEW_RESULTS);
        assertThat(dataEntry.progress(switched.gsbSessionId())).extracting(StationProgress::number).containsExactly(1);
        assertThatThrownBy(() -> referrals.conclude(switched.id(), without.version(), "Oud.", false, List.of()))
                .as("a change made on an old version").isInstanceOf(
                        org.springframework.dao.OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> referrals.order(csb, 1, "Nog eens."))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("al een onderzoek");
    }
}
