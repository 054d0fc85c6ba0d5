package nl.stemwerk.app.election.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import nl.stemwerk.app.support.ApiClient;
import nl.stemwerk.app.support.EmlSamples;
import nl.stemwerk.app.support.EmlVariants;
import nl.stemwerk.app.support.RowCounts;
import nl.stemwerk.app.support.SharedData;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and broken files through the import API, each refused with a stable code and a Dutch message that names the
 * problem, and with nothing stored: every table an import could write has the same number of rows afterwards, the
 * audit log included.
 */
@StemwerkSpringTest
class ImportBadInputIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String START = "/api/beheer/import";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Map<String, Long> before;

    @BeforeEach
    void countRows() {
        api = new ApiClient(port, "beheerder", "demo-beheerder");
        before = RowCounts.of(jdbc);
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void xxeThatTriesToReadALocalFileIsRefusedBeforeTheEntityIsUsed() {
        JsonNode answer = refused(api.upload(START, "xxe.xml", withDoctype(
                "<!DOCTYPE EML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")), 400);

        assertThat(answer.get("code").asString()).isEqualTo("DTD_NOT_ALLOWED");
        assertThat(answer.get("melding").asString()).startsWith("Bestand xxe.xml, regel 2").doesNotContain("root:");
    }

    @Test
    void aBillionLaughsEntityExpansionIsRefused() {
        StringBuilder entities = new StringBuilder("<!DOCTYPE EML [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        JsonNode answer = refused(api.upload(START, "lachen.xml", withDoctype(entities + "]>", "&lol9;")), 400);

        assertThat(answer.get("code").asString()).isEqualTo("DTD_NOT_ALLOWED");
    }

    @Test
    void anExternalDtdIsNeverFetched() {
        JsonNode answer = refused(api.upload(START, "dtd.xml", withDoctype(
                "<!DOCTYPE EML SYSTEM \"http://127.0.0.1:9/kwaad.dtd\">", "Gemeenteraad")), 400);

        assertThat(answer.get("code").asString()).isEqualTo("DTD_NOT_ALLOWED");
        assertThat(answer.get("melding").asString()).contains("Bestand dtd.xml");
    }

    @Test
    void a300MegabyteUploadIsRefusedFromItsLengthBeforeItsBodyIsRead() throws IOException {
        long declared = 300L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + START + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("beheerder:demo-beheerder".getBytes(StandardCharsets.UTF_8))
                    + "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=grens\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n--grens\r\nContent-Disposition: form-data;"
                    + " name=\"bestand\"; filename=\"groot.xml\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] start = new byte[64 * 1024];
            Arrays.fill(start, (byte) 'x');
            out.write(start);
            out.flush();

            String response = readAvailable(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413");
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertThat(body).contains("\"code\":\"FILE_TOO_LARGE\"")
                    .contains("Het bestand is te groot. Stemwerk leest EML-bestanden tot 20 MB. Er is niets"
                            + " opgeslagen.");
        }
    }

    @Test
    void aTruncatedFileIsToldApartFromBrokenXml() {
        byte[] whole = EmlSamples.bytes(EmlSamples.juinenDefinition());
        JsonNode answer = refused(api.upload(START, "half.xml", Arrays.copyOf(whole, whole.length / 2)), 400);

        assertThat(answer.get("code").asString()).isEqualTo("TRUNCATED");
        assertThat(answer.get("melding").asString()).contains("Het bestand houdt op voordat het compleet is.");
    }

    @Test
    void aFileInAnotherNamespaceIsNotEml() {
        String juinen = EmlSamples.text(EmlSamples.juinenDefinition());
        JsonNode answer = refused(api.upload(START, "ander.xml", juinen.replace(
                "xmlns=\"urn:oasis:names:tc:evs:schema:eml\"", "xmlns=\"urn:example:niet-eml\"")
                .getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(answer.get("code").asString()).isEqualTo("NOT_EML");
    }

    @Test
    void anotherEmlMessageThanTheStepAsksForIsRefused() {
        JsonNode candidatesFirst = refused(api.upload(START, "230b.xml",
                EmlSamples.bytes(EmlSamples.juinenCandidates())), 400);
        JsonNode wrongId = refused(api.upload(START, "110a.xml", EmlSamples.text(EmlSamples.juinenDefinition())
                .replace("Id=\"110a\"", "Id=\"110b\"").getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(candidatesFirst.get("code").asString()).isEqualTo("WRONG_MESSAGE_TYPE");
        assertThat(candidatesFirst.get("melding").asString()).contains("de kandidatenlijsten");
        assertThat(wrongId.get("code").asString()).isEqualTo("WRONG_MESSAGE_TYPE");
        assertThat(wrongId.get("melding").asString()).contains("de stembureaus (EML 110b)");
    }

    @Test
    void aDefinitionOfAnotherMunicipalityIsRefusedAtOnce() {
        JsonNode answer = refused(api.upload(START, "juinen.xml", EmlSamples.bytes(EmlSamples.juinenDefinition())),
                400);

        assertThat(answer.get("code").asString()).isEqualTo("OTHER_MUNICIPALITY");
        assertThat(answer.get("melding").asString()).isEqualTo("Bestand juinen.xml: deze verkiezing is voor Juinen"
                + " (GM0042), maar Stemwerk is ingesteld voor West Maas en Waal (GM0668). Kies de"
                + " verkiezingsdefinitie van uw eigen gemeente. Er is niets opgeslagen.");
    }

    @Test
    void candidateListsWithACandidateTwiceAreRefusedAndTheWrongHashCodesToo() {
        String election = TestElections.identifier("GR2026_DUBBEL");
        byte[] definition = EmlVariants.definition(election);
        String id = JSON.readTree(api.upload(START, "110a.xml", definition).body()).get("id").asString();

        JsonNode wrong = refused(api.postJson(START + "/" + id + "/code",
                "{\"eersteGroep\": \"0000\", \"tweedeGroep\": \"0000\"}"), 400);
        JsonNode notHex = refused(api.postJson(START + "/" + id + "/code",
                "{\"eersteGroep\": \"xyz\", \"tweedeGroep\": \"\"}"), 400);
        assertThat(wrong.get("code").asString()).isEqualTo("HASH_DIFFERENT");
        assertThat(wrong.get("melding").asString()).startsWith("De code klopt niet.");
        assertThat(notHex.get("code").asString()).isEqualTo("HASH_NOT_FOUR_HEX_CHARACTERS");
        assertThat(api.postJson(START + "/" + id + "/code", EmlVariants.hashJson(definition)).statusCode())
                .isEqualTo(200);

        String lists = new String(EmlVariants.candidateLists(election), StandardCharsets.UTF_8);
        int second = lists.indexOf("<CandidateIdentifier Id=\"2\"/>");
        String doubled = lists.substring(0, second) + "<CandidateIdentifier Id=\"1\"/>"
                + lists.substring(second + "<CandidateIdentifier Id=\"2\"/>".length());
        JsonNode answer = refused(api.upload(START + "/" + id + "/kandidatenlijsten", "230b.xml",
                doubled.getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(answer.get("code").asString()).isEqualTo("DUPLICATE_CANDIDATE_NUMBER");
        assertThat(answer.get("melding").asString()).contains("Op lijst 1 staat kandidaat 1 twee keer.");
        assertThat(api.delete(START + "/" + id).statusCode()).isEqualTo(204);
    }

    @Test
    void aCountWhoseTotalsDoNotAddUpIsRefused() {
        long demo = demoElection();
        String real = EmlSamples.text(EmlSamples.westMaasEnWaalCount());

        JsonNode candidate = refused(api.upload("/api/beheer/verkiezingen/" + demo + "/telling", "telling.xml",
                real.replaceFirst("<ValidVotes>581</ValidVotes>", "<ValidVotes>580</ValidVotes>")
                        .getBytes(StandardCharsets.UTF_8)), 400);
        JsonNode station = refused(api.upload("/api/beheer/verkiezingen/" + demo + "/telling", "telling.xml",
                real.replaceFirst("<Cast>16202</Cast><TotalCounted>9350</TotalCounted><RejectedVotes"
                        + " ReasonCode=\"ongeldig\">27</RejectedVotes>", "<Cast>16202</Cast><TotalCounted>9350"
                        + "</TotalCounted><RejectedVotes ReasonCode=\"ongeldig\">28</RejectedVotes>")
                        .getBytes(StandardCharsets.UTF_8)), 400);

        assertThat(candidate.get("code").asString()).isEqualTo("LIST_TOTAL_MISMATCH");
        assertThat(station.get("code").asString()).isEqualTo("TOTALS_MISMATCH");
        assertThat(station.get("melding").asString()).contains("Bestand telling.xml");
    }

    @Test
    void aCountOfAnotherElectionIsRefused() {
        long demo = demoElection();
        JsonNode answer = refused(api.upload("/api/beheer/verkiezingen/" + demo + "/telling", "tk2025.xml",
                EmlSamples.bytes(SharedData.file("data/elections/nl_tk2025_west_maas_en_waal/"
                        + "Telling_TK2025_gemeente_West_Maas_en_Waal.eml.xml"))), 400);

        assertThat(answer.get("code").asString()).isEqualTo("OTHER_ELECTION");
        assertThat(answer.get("melding").asString()).contains("hoort bij de verkiezing TK2025");
    }

    @Test
    void anUploadWithoutALengthIsRefusedAndOnlyTheBeheerderMayImport() {
        HttpResponse<String> coordinator = new ApiClient(port, "coordinator", "demo-coordinator")
                .upload(START, "110a.xml", EmlSamples.bytes(EmlSamples.juinenDefinition()));
        assertThat(coordinator.statusCode()).isEqualTo(403);

        assertThat(chunkedUpload()).startsWith("HTTP/1.1 411");
    }

    private String chunkedUpload() {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + START + " HTTP/1.1\r\nHost: localhost\r\nAccept:"
                    + " application/json\r\nContent-Type: multipart/form-data; boundary=g\r\nTransfer-Encoding:"
                    + " chunked\r\n\r\n5\r\n--g\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return readAvailable(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long demoElection() {
        return jdbc.sql("select id from election where identifier = 'GR2022_WestMaasenWaal'").query(Long.class)
                .single();
    }

    private static byte[] withDoctype(String doctype, String electionName) {
        String juinen = EmlSamples.text(EmlSamples.juinenDefinition());
        int afterDeclaration = juinen.indexOf("?>") + 2;
        return (juinen.substring(0, afterDeclaration) + "\n" + doctype + juinen.substring(afterDeclaration))
                .replace("<ElectionName>Gemeenteraad 2025 Juinen</ElectionName>",
                        "<ElectionName>" + electionName + "</ElectionName>").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode refused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** Reads the response: headers and the body of its Content-Length. */
    private static String readAvailable(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            String text = received.toString(StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)")
                        .matcher(text.substring(0, headerEnd));
                if (length.find() && received.size() >= headerEnd + 4 + Integer.parseInt(length.group(1))) {
                    return text;
                }
            }
            int n = in.read(buffer);
            if (n < 0) {
                return received.toString(StandardCharsets.UTF_8);
            }
            received.write(buffer, 0, n);
        }
    }
}
