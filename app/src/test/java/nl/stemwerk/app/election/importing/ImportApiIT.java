package nl.stemwerk.app.election.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.support.ApiClient;
import nl.stemwerk.app.support.EmlVariants;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import wizard as a script uses it: every step through the API, then one transaction with the audit rows. */
@StemwerkSpringTest
class ImportApiIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String START = "/api/beheer/import";

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void beheerder() {
        api = new ApiClient(port, "beheerder", "demo-beheerder");
    }

    @Test
    void everyStepAnswersWithTheSummarySoFarAndOnlyTheConfirmationStores() {
        String identifier = TestElections.identifier("GR2026_API");
        byte[] definition = EmlVariants.definition(identifier);
        byte[] lists = EmlVariants.candidateLists(identifier);
        long electionsBefore = count("election");

        JsonNode started = json(api.upload(START, "110a.xml", definition), 201);
        String id = started.get("id").asString();
        assertThat(started.get("step").asString()).isEqualTo("DEFINITION_HASH");
        assertThat(started.get("election").get("seats").asInt()).isEqualTo(45);
        assertThat(started.get("hashToCheck").get("groups").values()).hasSize(16)
                .filteredOn(group -> group.asString().isEmpty()).hasSize(2);
        assertThat(started.get("files").get(0).get("hash").asString()).contains("____");

        assertThat(json(api.postJson(START + "/" + id + "/code", EmlVariants.hashJson(definition)), 200)
                .get("step").asString()).isEqualTo("CANDIDATE_LISTS");
        JsonNode withLists = json(api.upload(START + "/" + id + "/kandidatenlijsten", "230b.xml", lists), 200);
        assertThat(withLists.get("lists").values()).hasSize(4);
        assertThat(withLists.get("checks").values().stream().map(JsonNode::asString))
                .anyMatch(check -> check.startsWith("De kandidatenlijsten horen bij dezelfde verkiezing"));
        json(api.postJson(START + "/" + id + "/code", EmlVariants.hashJson(lists)), 200);
        JsonNode ready = json(api.upload(START + "/" + id + "/stembureaus", "110b.xml",
                EmlVariants.pollingStations(identifier)), 200);
        assertThat(ready.get("step").asString()).isEqualTo("CONFIRM");
        assertThat(ready.get("stations").values()).hasSize(3);
        assertThat(count("election")).isEqualTo(electionsBefore);

        JsonNode stored = json(api.postJson(START + "/" + id + "/bevestigen", "{\"countingMethod\": \"CSO\"}"), 201);
        StoredElection election = elections.get(stored.get("verkiezing").asLong());
        assertThat(election.election().identifier()).isEqualTo(identifier);
        assertThat(election.lists()).hasSize(4);
        assertThat(election.stations()).hasSize(3);
        assertThat(jdbc.sql("select message_type from eml_file where election_id = ? order by id")
                .param(election.id()).query(String.class).list()).containsExactly("110a", "230b", "110b");
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by sequence")
                .param("verkiezing:" + identifier).query(String.class).list())
                .containsExactly("verkiezing.aangemaakt", "verkiezing.geimporteerd");
        assertThat(api.get(START + "/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aStepOutOfOrderIsAConflictThatSaysWhatToDoFirst() {
        String identifier = TestElections.identifier("GR2026_ORDE");
        String id = json(api.upload(START, "110a.xml", EmlVariants.definition(identifier)), 201).get("id").asString();

        JsonNode early = json(api.upload(START + "/" + id + "/stembureaus", "110b.xml",
                EmlVariants.pollingStations(identifier)), 409);
        assertThat(early.get("code").asString()).isEqualTo("WRONG_STEP");
        assertThat(early.get("melding").asString())
                .isEqualTo("Dit kan nu niet. Eerst moet u de code van de verkiezingsdefinitie controleren.");
        assertThat(json(api.get(START + "/" + id), 200).get("step").asString()).isEqualTo("DEFINITION_HASH");
        assertThat(api.delete(START + "/" + id).statusCode()).isEqualTo(204);
    }

    @Test
    void theImportRoutesAreInTheOpenApiDocument() {
        String openapi = new Http(port).get("/api/openapi.json").body();

        for (String path : List.of("/api/beheer/import", "/api/beheer/import/{id}/code",
                "/api/beheer/import/{id}/kandidatenlijsten", "/api/beheer/import/{id}/stembureaus",
                "/api/beheer/import/{id}/bevestigen", "/api/beheer/verkiezingen/{id}/telling",
                "/api/verkiezingen/{id}/ingelezen-telling", "/api/verkiezingen/{id}/ingelezen-telling/{countId}/csv")) {
            assertThat(openapi).contains("\"" + path + "\"");
        }
        assertThat(openapi).contains("multipart/form-data");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
