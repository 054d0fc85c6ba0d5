package nl.stemwerk.app.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The election pages as a browser gets them: the list, the overview and the coordinator's set-up forms. */
@StemwerkSpringTest
class ElectionPagesIT {
    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    CommitteeSessionService sessions;

    @Test
    void everyoneSignedInSeesTheElectionsAndTheOverviewWithItsSessions() {
        Http http = signedIn("raadpleger");
        long demo = elections.list().stream().filter(e -> e.identifier().equals("GR2022_WestMaasenWaal")).findFirst()
                .orElseThrow().id();

        assertThat(http.get("/verkiezingen/uitslag").body()).contains("Gemeenteraad West Maas en Waal 2022");
        String overview = http.get("/verkiezingen/" + demo).body();
        assertThat(overview).contains("8 lijsten met samen 251 kandidaten").contains("21 stembureaus")
                .contains("Gemeentelijk stembureau (GSB), 1e zitting").contains("In voorbereiding")
                .contains("17 maart 2022 om 09:00").doesNotContain("inrichten");
        assertThat(http.get("/verkiezingen/" + demo + "/inrichting").statusCode()).isEqualTo(403);
    }

    @Test
    void theCoordinatorSetsPlaceDateTimeTypistsAndStartsDataEntryThroughTheForms() {
        long id = elections.store(TestElections.election(TestElections.identifier("GR2026_PAGES"), 9, 2, 2),
                CountingMethod.CSO, TestElections.stations(1, 2));
        CommitteeSession gsb = sessions.latest(id, Committee.GSB);
        Http http = signedIn("coordinator");
        String setup = "/verkiezingen/" + id + "/inrichting";
        String token = http.csrfToken(setup);

        HttpResponse<String> wrongDate = http.postForm(setup + "/zitting/" + gsb.id(), "version=" + gsb.version()
                + "&location=Raadzaal&date=19-03-2026&time=09:00&_csrf=" + token);
        assertThat(wrongDate.statusCode()).isEqualTo(200);
        assertThat(wrongDate.body()).contains("De datum &#39;19-03-2026&#39; klopt niet.");

        assertThat(http.postForm(setup + "/zitting/" + gsb.id(), "version=" + gsb.version()
                + "&location=Raadzaal&date=2026-03-19&time=09:00&_csrf=" + token).statusCode()).isEqualTo(302);
        HttpResponse<String> stale = http.postForm(setup + "/zitting/" + gsb.id(), "version=" + gsb.version()
                + "&location=Sporthal&date=2026-03-19&time=09:00&_csrf=" + token);
        assertThat(stale.body()).contains("Iemand anders heeft dit net gewijzigd.");

        int version = sessions.find(gsb.id()).version();
        assertThat(http.postForm(setup + "/zitting/" + gsb.id() + "/invoerders", "version=" + version
                + "&typists=invoerder1&typists=invoerder2&_csrf=" + token).statusCode()).isEqualTo(302);
        version = sessions.find(gsb.id()).version();
        assertThat(http.postForm(setup + "/zitting/" + gsb.id() + "/status", "version=" + version
                + "&action=start&_csrf=" + token).statusCode()).isEqualTo(302);

        assertThat(http.get(setup).body()).contains("Invoer bezig").contains("Invoer pauzeren");
        assertThat(sessions.find(gsb.id()).location()).isEqualTo("Raadzaal");
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        http.login(user, "demo-" + user);
        return http;
    }
}
