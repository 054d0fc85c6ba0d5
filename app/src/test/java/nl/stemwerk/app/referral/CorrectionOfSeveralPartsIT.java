package nl.stemwerk.app.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.app.committee.AttendanceFunction;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.committee.GsbSessionService;
import nl.stemwerk.app.committee.SessionRecordsService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.support.EnterTwice;
import nl.stemwerk.app.support.Osv43Count;
import nl.stemwerk.app.support.PaperReports;
import nl.stemwerk.app.support.Pdfs;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.XsdValidation;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.count.InvestigationReason;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.kieswet.dataentry.FirstEntryInProgress;
import nl.stemwerk.kieswet.results.PollingStationResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A correction of two parts at once, with the real count of West Maas en Waal 2022 station 7 (A 760, B 108, D 868):
 * the recount finds one poll card that was a proxy (A 759, B 109, D stays 868) and two votes of list 1 counted for
 * the wrong candidate. Both parts are entered twice and the whole proces-verbaal is checked.
 */
@StemwerkSpringTest
class CorrectionOfSeveralPartsIT {
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

    FirstSession first;
    Map<String, String> station7;
    Map<String, String> recounted;
    CommitteeSession later;

    @BeforeEach
    void theGsbConcludedThatTheVotersAndList1AreCorrected() {
        first = FirstSession.adopted(elections, sessions, dataEntry, gsbSessions, "GR2022_PARTS", 1, 7);
        station7 = PaperReports.westMaasEnWaal(7);
        recounted = new LinkedHashMap<>(station7);
        recounted.put("A", plus("A", -1));
        recounted.put("B", plus("B", 1));
        recounted.put("list.1.candidate.1", plus("list.1.candidate.1", -2));
        recounted.put("list.1.candidate.2", plus("list.1.candidate.2", 2));

        Investigation ordered = referrals.order(first.csb(), 7, "Twijfel over de stempassen en over lijst 1.");
        Investigation concluded = referrals.conclude(ordered.id(), ordered.version(), "Eén stempas was een"
                + " volmachtbewijs; twee stemmen op lijst 1 waren voor kandidaat 2.", true, List.of("lijst-1", "kiezers"));
        assertThat(concluded.correctedParts()).as("in paper order").containsExactly("kiezers", "lijst-1");
        later = sessions.find(concluded.gsbSessionId());
        later = sessions.startDataEntry(later.id(), later.version());
    }

    @Test
    void theEntryStartsWithExactlyTheNamedPartsEmpty() {
        var claimed = dataEntry.claim(later.id(), 7, 0, "invoerder1");
        Map<String, String> start = ((FirstEntryInProgress) claimed.record().status()).firstEntry().fields();

        assertThat(start).containsEntry("A", "").containsEntry("B", "").containsEntry("D", "")
                .containsEntry("list.1.candidate.1", "").containsEntry("list.1.total", "")
                .containsEntry("E", station7.get("E")).containsEntry("F", station7.get("F"))
                .containsEntry("I", station7.get("I"))
                .containsEntry("list.2.candidate.1", station7.get("list.2.candidate.1"));
    }

    @Test
    void bothPartsAreEnteredTwiceAndTheCorrigendumAndThe510bCarryTheNewFigures() {
        EnterTwice.definitive(dataEntry, later.id(), 7, recounted);
        assertThat(corrigenda.obstacles(later.id())).isEmpty();
        records.addAttendance(later.id(), "Gijs Voorzitter", AttendanceFunction.VOORZITTER, null, null);

        corrigenda.finish(later.id(), sessions.find(later.id()).version());

        String text = Pdfs.text(documents.file(later.id(), CorrigendumService.FILE_NAME).orElseThrow().content());
        assertThat(text).contains("Gecorrigeerd: kiezers (A tot en met D), stemmen per kandidaat van lijst 1")
                .containsPattern("7\\s+A\\s+" + station7.get("A") + "\\s+" + recounted.get("A"))
                .containsPattern("7\\s+B\\s+" + station7.get("B") + "\\s+" + recounted.get("B"))
                .containsPattern("lijst 1, kandidaat 1\\s+" + station7.get("list.1.candidate.1") + "\\s+"
                        + recounted.get("list.1.candidate.1"))
                .containsPattern("lijst 1, kandidaat 2\\s+" + station7.get("list.1.candidate.2") + "\\s+"
                        + recounted.get("list.1.candidate.2"))
                .doesNotContainPattern("7\\s+D\\s+" + station7.get("D"))
                .as("boxes of the named parts that kept their number are not listed")
                .doesNotContain("lijst 1, kandidaat 3");

        String countFile = "Telling_" + first.identifier() + ".eml.xml";
        byte[] eml = documents.file(later.id(), countFile).orElseThrow().content();
        XsdValidation.assertValid(eml, "510-count-kiesraad-strict.xsd");
        Count count = new CountReader().read(new ByteArrayInputStream(eml), countFile);
        ReportingUnitVotes unit7 = count.contests().getFirst().units().get(1);
        assertThat(unit7.investigations()).contains(
                new nl.stemwerk.eml.count.Investigation(InvestigationReason.ADMITTED_VOTERS_REESTABLISHED, true));
        PollingStationResults seven = CountMapping.toResults(unit7.votes());
        assertThat(seven.voters().pollCardCount()).isEqualTo(Long.parseLong(recounted.get("A")));
        assertThat(seven.voters().proxyCertificateCount()).isEqualTo(Long.parseLong(recounted.get("B")));
        assertThat(seven.candidateVotes().getFirst().candidateVotes().subList(0, 2)).containsExactly(
                Long.parseLong(recounted.get("list.1.candidate.1")), Long.parseLong(recounted.get("list.1.candidate.2")));
        long a1 = Long.parseLong(PaperReports.westMaasEnWaal(1).get("A"));
        assertThat(corrected.adoptedTotal(first.electionId()).orElseThrow().voters().pollCardCount())
                .isEqualTo(a1 + Long.parseLong(recounted.get("A")));
    }

    @Test
    void theCorrectedOsv43CsvStandsNextToThe510bWithTheCorrectedNumbers() {
        EnterTwice.definitive(dataEntry, later.id(), 7, recounted);
        records.addAttendance(later.id(), "Gijs Voorzitter", AttendanceFunction.VOORZITTER, null, null);

        String csvName = "osv4-3_telling_" + first.identifier().toLowerCase(Locale.ROOT) + ".csv";
        assertThat(corrigenda.finish(later.id(), sessions.find(later.id()).version()))
                .extracting(SessionDocuments.Stored::fileName)
                .containsExactly(CorrigendumService.FILE_NAME, "Telling_" + first.identifier() + ".eml.xml", csvName);

        Osv43Count csv = Osv43Count.read(documents.file(later.id(), csvName).orElseThrow().content());
        Osv43Count published = Osv43Count.westMaasEnWaal2022();
        assertThat(csv.figureAt(7, "geldige stempas")).isEqualTo(Long.parseLong(recounted.get("A")));
        assertThat(csv.figureAt(7, "geldig volmachtbewijs")).isEqualTo(Long.parseLong(recounted.get("B")));
        assertThat(csv.figureAt(7, "toegelaten kiezers")).isEqualTo(published.figureAt(7, "toegelaten kiezers"));
        assertThat(csv.total("geldige stempas")).isEqualTo(published.figureAt(1, "geldige stempas")
                + Long.parseLong(recounted.get("A")));
        assertThat(csv.listsAt(7).getFirst().candidateVotes().subList(0, 3)).containsExactly(
                Long.parseLong(recounted.get("list.1.candidate.1")), Long.parseLong(recounted.get("list.1.candidate.2")),
                Long.parseLong(station7.get("list.1.candidate.3")));
        assertThat(csv.listsAt(7).get(1)).as("list 2 as published").isEqualTo(published.listsAt(7).get(1));
        assertThat(csv.listsAt(1)).as("station 1 as published").isEqualTo(published.listsAt(1));
    }

    @Test
    void aBoxOutsideTheNamedPartsMayNotChange() {
        Map<String, String> alsoList2 = new LinkedHashMap<>(recounted);
        alsoList2.put("list.2.candidate.1", plus("list.2.candidate.1", -1));
        alsoList2.put("list.2.candidate.2", plus("list.2.candidate.2", 1));
        EnterTwice.definitive(dataEntry, later.id(), 7, alsoList2);

        assertThat(corrigenda.obstacles(later.id())).containsExactly("Stembureau 7: alleen de gecorrigeerde delen"
                + " mogen anders zijn, maar ook lijst 2, kandidaat 1, lijst 2, kandidaat 2 is anders. Stuur de invoer terug.");
    }

    private String plus(String field, long delta) {
        return Long.toString(Long.parseLong(station7.get(field)) + delta);
    }
}
