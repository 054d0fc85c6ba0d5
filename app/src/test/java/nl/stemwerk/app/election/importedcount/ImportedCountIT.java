package nl.stemwerk.app.election.importedcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.support.ApiClient;
import nl.stemwerk.app.support.EmlSamples;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.Osv43Count;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.kieswet.results.PollingStationResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's imported count (the real GR2022 510b of West Maas en Waal): stored figures, page, downloads, API. */
@StemwerkSpringTest
class ImportedCountIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    ImportedCounts counts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasTheRealCountOfEveryPollingStationAsAnImportedCount() {
        ImportedCount count = demoCount();
        Osv43Count published = Osv43Count.westMaasEnWaal2022();

        assertThat(count.file().sha256()).isEqualTo("d6bed099cb7e30b918634300407eeb8d2624d8c89029f47becc4d4a2063f801e");
        assertThat(count.source()).contains("kiesraad/eml2csv");
        assertThat(count.total().results().votes().totalVotesCandidatesCount()).isEqualTo(9350);
        assertThat(count.total().eligibleVoters()).isEqualTo(16202);
        assertThat(count.stations()).hasSize(21);
        for (ImportedCount.Figures station : count.stations()) {
            int number = station.stationNumber();
            PollingStationResults results = station.results();
            assertThat(results.voters().totalAdmittedVotersCount()).as("D of %d", number)
                    .isEqualTo(published.figureAt(number, "toegelaten kiezers"));
            assertThat(results.votes().blankVotesCount()).isEqualTo(published.figureAt(number, "blanco stembiljetten"));
            assertThat(results.differences().moreBallotsCount())
                    .isEqualTo(published.figureAt(number, "meer stembiljetten dan toegelaten kiezers"));
            for (Osv43Count.CountedList list : published.listsAt(number)) {
                assertThat(CountResults.listVotes(station, list.number())).isEqualTo(list.total());
                assertThat(station.results().candidateVotes().get(list.number() - 1).candidateVotes())
                        .isEqualTo(list.candidateVotes());
            }
        }
    }

    @Test
    void theSeatsByTheKieswetFollowFromTheImportedTotals() {
        StoredElection demo = demo();
        ImportedCount count = demoCount();

        CountResults results = CountResults.of(demo, count.total(), count.stations());

        assertThat(results.seatsComplete()).isTrue();
        assertThat(results.lists()).extracting(CountResults.ListLine::seats).containsExactly(3, 2, 3, 2, 2, 2, 2, 1);
        assertThat(results.seats()).isEqualTo(17);
        assertThat(results.lists().getFirst().elected().getFirst().name()).isEqualTo("Reuvers, R.A.N. (Rob)");
    }

    @Test
    void thePageShowsTheCountTheSeatsAndBothFilesWithTheirHashCodes() {
        Http http = signedIn("raadpleger");
        long demo = demo().id();

        String page = http.get("/verkiezingen/" + demo + "/ingelezen-telling?telling=" + demoCount().id()).body();

        assertThat(page).contains("Volgens de Kieswet (artikel P 20a) mag u zo’n telling alleen vergelijken")
                .contains("Geldige stemmen op lijsten: 9.350").contains("Reuvers, R.A.N. (Rob), 581 stemmen,")
                .contains("d6be d099 cb7e 30b9 1863 4300 407e eb8d 2624 d8c8 9029 f47b ecc4 d4a2 063f 801e")
                .contains("Dorpshuis De Hucht").doesNotContain("Een telling inlezen");
        assertThat(http.get("/verkiezingen/" + demo).body()).contains("/verkiezingen/" + demo + "/ingelezen-telling");
    }

    @Test
    void theDownloadsAreThe510bAsImportedAndTheCsvThatEml2csvPublished() throws Exception {
        long demo = demo().id();
        long count = demoCount().id();
        ApiClient api = new ApiClient(port, "raadpleger", "demo-raadpleger");

        HttpResponse<byte[]> eml = api.download("/api/verkiezingen/" + demo + "/ingelezen-telling/" + count + "/510b");
        HttpResponse<byte[]> csv = api.download("/api/verkiezingen/" + demo + "/ingelezen-telling/" + count + "/csv");

        assertThat(eml.body()).isEqualTo(Files.readAllBytes(EmlSamples.westMaasEnWaalCount()));
        assertThat(eml.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("Telling_GR2022_WestMaasenWaal.eml.xml");
        assertThat(csv.body()).isEqualTo(Files.readAllBytes(EmlSamples.westMaasEnWaalCsv()));
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("osv4-3_telling_gr2022_westmaasenwaal.csv");
        JsonNode latest = JSON.readTree(api.get("/api/verkiezingen/" + demo + "/ingelezen-telling").body());
        assertThat(latest.get("results").get("total").get("results").get("votes").get("totalVotesCandidatesCount")
                .asLong()).isEqualTo(9350);
        assertThat(latest.get("csvSha256").asString()).hasSize(64);
    }

    @Test
    void theBeheerderReadsA510bSeesItAndOnlyThenStoresItWithAnAuditRow() {
        long demo = demo().id();
        ApiClient api = new ApiClient(port, "beheerder", "demo-beheerder");
        long before = jdbc.sql("select count(*) from imported_count").query(Long.class).single();

        JsonNode pending = JSON.readTree(api.upload("/api/beheer/verkiezingen/" + demo + "/telling", "telling.xml",
                EmlSamples.bytes(EmlSamples.westMaasEnWaalCount())).body());
        assertThat(pending.get("results").get("stations").values()).hasSize(21);
        assertThat(jdbc.sql("select count(*) from imported_count").query(Long.class).single()).isEqualTo(before);

        HttpResponse<String> confirmed = api.postJson("/api/beheer/verkiezingen/" + demo + "/telling/"
                + pending.get("id").asString() + "/bevestigen", "{}");
        assertThat(confirmed.statusCode()).isEqualTo(201);
        long stored = JSON.readTree(confirmed.body()).get("telling").asLong();
        assertThat(counts.latest(demo).orElseThrow().id()).isEqualTo(stored);
        assertThat(jdbc.sql("select actor from audit_log where action = 'telling.ingelezen' order by sequence desc"
                + " limit 1").query(String.class).single()).isEqualTo("beheerder");
    }

    @Test
    void anImportedCountCannotBeChangedInTheDatabase() {
        assertThatThrownBy(() -> jdbc.sql("update imported_count_station set valid_votes = 1").update())
                .rootCause().hasMessageContaining("imported_count_station is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from eml_file").update())
                .rootCause().hasMessageContaining("eml_file is append-only");
    }

    private StoredElection demo() {
        return elections.get(elections.list().stream().filter(e -> e.identifier().equals("GR2022_WestMaasenWaal"))
                .findFirst().orElseThrow().id());
    }

    /** The count the demo seed imported: the first of the demo election (other tests may import more). */
    private ImportedCount demoCount() {
        long demo = demo().id();
        return counts.get(demo, jdbc.sql("select min(id) from imported_count where election_id = ?").param(demo)
                .query(Long.class).single());
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        http.login(user, "demo-" + user);
        return http;
    }
}
