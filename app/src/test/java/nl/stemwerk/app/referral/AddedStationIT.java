package nl.stemwerk.app.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
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
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.Osv43Count;
import nl.stemwerk.app.support.PaperReports;
import nl.stemwerk.app.support.Pdfs;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.XsdValidation;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.kieswet.dataentry.FirstEntryInProgress;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A polling station the first session missed: stations 1 and 7 of West Maas en Waal 2022 were adopted, the CSB orders
 * station 2 added, and the GSB enters its real proces-verbaal in full, twice, in its later session.
 */
@StemwerkSpringTest
class AddedStationIT {
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
    SessionDocuments documents;

    @LocalServerPort
    int port;

    @Test
    void theCsbOrdersAStationAddedOnTheOnderzoekenPage() {
        FirstSession first = FirstSession.adopted(elections, sessions, dataEntry, gsbSessions, "GR2022_ADDWEB", 1);
        Http http = new Http(port);
        http.login("csb", "demo-csb");
        String page = "/verkiezingen/" + first.electionId() + "/onderzoeken";

        HttpResponse<String> withoutNumber = http.postForm(page + "/stembureau-toevoegen",
                "number=&name=Dorpshuis&reason=Vergeten&_csrf=" + http.csrfToken(page));
        assertThat(withoutNumber.body()).contains("Vul het nummer van het stembureau in");
        HttpResponse<String> ordered = http.postForm(page + "/stembureau-toevoegen",
                "number=7&name=Dorpshuis&reason=Stembureau+7+ontbreekt.&_csrf=" + http.csrfToken(page));

        assertThat(ordered.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
                page + "?opgedragen"));
        Investigation added = referrals.ofSession(sessions.latest(first.electionId(), Committee.GSB).id()).getFirst();
        assertThat(added.stationNumber()).isEqualTo(7);
        assertThat(added.addsStation()).isTrue();
        assertThat(elections.get(first.electionId()).station(7)).hasValueSatisfying(
                s -> assertThat(s.name()).isEqualTo("Dorpshuis"));
        assertThat(http.get(page).body()).contains("Dit stembureau is in deze zitting toegevoegd.");
    }

    @Test
    void theAddedStationIsEnteredInFullTwiceAndAppearsInTheCorrected510bAndCsv() {
        FirstSession first = FirstSession.adopted(elections, sessions, dataEntry, gsbSessions, "GR2022_ADD", 1, 7);
        Map<String, String> station2 = PaperReports.westMaasEnWaal(2);

        Investigation ordered = referrals.orderAddedStation(first.csb(), new PollingStation(2, "Stembureau 2",
                "6658 AG", PollingStationType.FIXED, OptionalLong.of(1000)), "Stembureau 2 ontbreekt in de telling.");
        assertThat(ordered.addsStation()).isTrue();
        assertThatThrownBy(() -> referrals.conclude(ordered.id(), ordered.version(), "Niets te melden.", false,
                List.of())).as("the library's REQUIRES_NEW_RESULTS").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Dit stembureau is in deze zitting toegevoegd. Voer daarom nieuwe uitslagen in.");
        Investigation concluded = referrals.conclude(ordered.id(), ordered.version(),
                "Het proces-verbaal van stembureau 2 is alsnog ontvangen.", false, List.of("kiezers"));
        assertThat(concluded.correctedParts()).as("the whole proces-verbaal").containsExactly("kiezers", "stemmen",
                "verschillen", "lijst-1", "lijst-2", "lijst-3", "lijst-4", "lijst-5", "lijst-6", "lijst-7", "lijst-8");

        CommitteeSession later = sessions.find(concluded.gsbSessionId());
        later = sessions.startDataEntry(later.id(), later.version());
        assertThat(dataEntry.progress(later.id())).extracting(StationProgress::number).containsExactly(2);
        assertThat(dataEntry.progress(first.firstGsb())).as("not part of the first session")
                .extracting(StationProgress::number).containsExactly(1, 7);
        var claimed = dataEntry.claim(later.id(), 2, 0, "invoerder1");
        assertThat(((FirstEntryInProgress) claimed.record().status()).firstEntry().fields()).as("a blank form")
                .containsEntry("A", "").containsEntry("D", "").containsEntry("E", "").containsEntry("H", "")
                .containsEntry("list.1.candidate.1", "").containsEntry("list.8.total", "");
        EnterTwice.definitive(dataEntry, later.id(), 2, station2);
        assertThat(corrigenda.obstacles(later.id())).isEmpty();
        records.addAttendance(later.id(), "Gijs Voorzitter", AttendanceFunction.VOORZITTER, null, null);

        corrigenda.finish(later.id(), sessions.find(later.id()).version());

        assertThat(Pdfs.text(documents.file(later.id(), CorrigendumService.FILE_NAME).orElseThrow().content()))
                .contains("Stembureau 2 ontbreekt in de telling.").contains("Stembureau toegevoegd.");
        String countFile = "Telling_" + first.identifier() + ".eml.xml";
        byte[] eml = documents.file(later.id(), countFile).orElseThrow().content();
        XsdValidation.assertValid(eml, "510-count-kiesraad-strict.xsd");
        Count count = new CountReader().read(new ByteArrayInputStream(eml), countFile);
        List<ReportingUnitVotes> units = count.contests().getFirst().units();
        assertThat(units).extracting(u -> u.unit().id()).containsExactly("0668::SB1", "0668::SB2", "0668::SB7");
        assertThat(CountMapping.toResults(units.get(1).votes()).voters().pollCardCount())
                .isEqualTo(Long.parseLong(station2.get("A")));
        assertThat(units.get(1).investigations()).isNotEmpty();

        Osv43Count csv = Osv43Count.read(documents.file(later.id(),
                "osv4-3_telling_" + first.identifier().toLowerCase(Locale.ROOT) + ".csv").orElseThrow().content());
        Osv43Count published = Osv43Count.westMaasEnWaal2022();
        assertThat(csv.listsAt(2)).isEqualTo(published.listsAt(2));
        assertThat(csv.total("toegelaten kiezers")).isEqualTo(published.figureAt(1, "toegelaten kiezers")
                + published.figureAt(2, "toegelaten kiezers") + published.figureAt(7, "toegelaten kiezers"));
    }
}
