package nl.stemwerk.app.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.Stemwerk;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.Osv43Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code stemwerk seats} on the real GR2022 count of West Maas en Waal (17 seats: 3 2 3 2 2 2 2 1, see the kieswet
 * module's WestMaasEnWaal2022Test for the hand calculation), on the Kiesraad's real GR2026 case that needs a
 * drawing of lots, and on every kind of bad input.
 */
class SeatsCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WMW_VOTES = "1893,1345,1372,1157,941,972,999,671";
    /** Abacus case 25, a real GR2026 result: lists 3 and 9 tie at 617 per seat for the last residual seat. */
    private static final String GR2026_VOTES = "8268,4892,1851,2586,1074,1852,1337,573,617";
    private static final String GR2026_CANDIDATES = "26,45,27,30,17,27,14,20,18";

    @TempDir
    Path dir;

    @Test
    void theRealWestMaasEnWaalCountGivesSeventeenSeatsWithTheElectedCouncillorsByName() throws IOException {
        Result result = run("seats", westMaasEnWaalFile(Map.of()).toString());

        assertThat(result.code).as(result.err).isEqualTo(ExitCodes.OK);
        assertThat(result.out).contains("Zetelverdeling: 17 zetels, 9.350 stemmen op lijsten.")
                .containsPattern("\\s1  FD Partij Beneden-Leeuwen\\s+1\\.893\\s+3\\s+0\\s+3")
                .containsPattern("\\s3  F\\.D\\. Dreumel\\s+1\\.372\\s+2\\s+1\\s+3")
                .containsPattern("Totaal\\s+9\\.350\\s+13\\s+4\\s+17")
                .contains("De kiesdeler is 9.350 gedeeld door 17 = 550 (artikel P 5).")
                .contains("Restzetel 1 gaat naar lijst 7 (Sociaal Maas en Waal), met het grootste overschot: 449.")
                .contains("1. Reuvers, R.A.N., 581 stemmen, gekozen met voorkeurstemmen (artikel P 15)")
                .contains("1. Hensen, T., 145 stemmen, gekozen in de volgorde van de lijst (artikel P 17)");
    }

    @Test
    void jsonOutputHoldsTheWholeResult() throws IOException {
        Result result = run("seats", "--json", westMaasEnWaalFile(Map.of()).toString());

        JsonNode json = JSON.readTree(result.out);
        assertThat(json.get("status").asString()).isEqualTo("completed");
        assertThat(json.get("lists").values()).extracting(l -> l.get("seats").asInt())
                .containsExactly(3, 2, 3, 2, 2, 2, 2, 1);
        assertThat(json.get("quota").get("text").asString()).isEqualTo("550");
        assertThat(json.get("steps").values()).extracting(s -> s.get("article").asString())
                .containsExactly("P 6", "P 8", "P 8", "P 8", "P 8");
        assertThat(json.get("elected").values()).extracting(c -> c.get("name").asString())
                .containsExactly("Reuvers, R.A.N.", "Orlemans, R.O.G.M.", "van Dreumel, C.G.H.M.",
                        "Jagtenberg- Poulussen, E.M.", "Sweep, E.H.", "Peters, H.J.", "Wassink, N.",
                        "van Coolwijk-van Sonsbeek, C.W.M.M.", "de Leeuw, C.J.", "Roffelsen, C.",
                        "van Echteld, F.J.G.M.", "Janssen, J.F.C.", "van Gelder, F.J.J.", "van Ooijen, V.W.",
                        "Donkers, P.B.M.", "Hooijmans, A.H.M.", "Hensen, T.");
        assertThat(json.get("preferenceThreshold").get("votes").get("text").asString()).isEqualTo("275");
    }

    @Test
    void aDeceasedCandidateIsNotElectedAndTheNextOnTheListTakesTheSeat() throws IOException {
        Result result = run("seats", "--json", westMaasEnWaalFile(Map.of("deceased",
                List.of(Map.of("list", 1, "candidate", 1)))).toString());

        JsonNode json = JSON.readTree(result.out);
        assertThat(result.code).isEqualTo(ExitCodes.OK);
        assertThat(json.get("elected").values()).filteredOn(c -> c.get("list").asInt() == 1)
                .extracting(c -> c.get("name").asString())
                .containsExactly("Orlemans, R.O.G.M.", "van Dreumel, C.G.H.M.", "Bull- de Heus, A.J.M.M.");
    }

    @Test
    void flagsGiveTheSameSeatsAndSayThatNoCandidatesCanBeNamed() {
        Result result = run("seats", "--seats", "17", "--votes", WMW_VOTES);

        assertThat(result.code).isEqualTo(ExitCodes.OK);
        assertThat(result.out).containsPattern("Totaal\\s+9\\.350\\s+13\\s+4\\s+17")
                .contains("Gekozen kandidaten: niet bepaald")
                .doesNotContain("voorkeurdrempel");
        assertThat(seatsPerList(run("seats", "--json", "--seats", "17", "--votes", WMW_VOTES)))
                .containsExactly(3, 2, 3, 2, 2, 2, 2, 1);
    }

    @Test
    void aTieThatNeedsLotsNamesTheTiedListsAndExitsWithItsOwnCode() {
        Result result = run("seats", "--seats", "33", "--votes", GR2026_VOTES, "--candidates", GR2026_CANDIDATES);

        assertThat(result.code).isEqualTo(ExitCodes.DRAWING_OF_LOTS_REQUIRED);
        assertThat(result.out).startsWith("Loting nodig.")
                .contains("Doen mee aan de loting: lijst 3, lijst 9.")
                .contains("--lots");
        JsonNode json = JSON.readTree(run("seats", "--json", "--seats", "33", "--votes", GR2026_VOTES,
                "--candidates", GR2026_CANDIDATES).out);
        assertThat(json.get("status").asString()).isEqualTo("drawingOfLotsRequired");
        assertThat(json.get("drawing").get("options").values()).extracting(JsonNode::asInt).containsExactly(3, 9);
    }

    @Test
    void theOutcomeOfTheLotCompletesTheAllocationAsInTheRealGr2026Case() {
        Result result = run("seats", "--json", "--seats", "33", "--votes", GR2026_VOTES, "--candidates",
                GR2026_CANDIDATES, "--lots", "9");

        assertThat(result.code).isEqualTo(ExitCodes.OK);
        assertThat(seatsPerList(result)).containsExactly(13, 7, 2, 4, 1, 3, 2, 0, 1);
        assertThat(JSON.readTree(result.out).get("lotsDrawn").get(0).get("chosen").asInt()).isEqualTo(9);
        assertThat(run("seats", "--seats", "33", "--votes", GR2026_VOTES, "--candidates", GR2026_CANDIDATES,
                "--lots", "9").out).contains("Lotingen die al zijn gehouden:").contains("Uitkomst: 9.");
    }

    @Test
    void aLotForAListThatDidNotTieOrALotTooManyIsRefused() {
        Result notTied = run("seats", "--seats", "33", "--votes", GR2026_VOTES, "--candidates", GR2026_CANDIDATES,
                "--lots", "4");
        Result tooMany = run("seats", "--seats", "17", "--votes", WMW_VOTES, "--lots", "1");

        assertThat(notTied.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notTied.err).contains("Het lot koos 4, maar alleen 3 en 9 deden mee aan deze loting.");
        assertThat(tooMany.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooMany.err).contains("maar er waren maar 0 lotingen nodig");
    }

    @Test
    void negativeVotesAreRefusedWithTheFieldNamed() throws IOException {
        Result flags = run("seats", "--seats", "17", "--votes", "100,-5");
        Result file = run("seats", write("{\"seats\": 5, \"lists\": [{\"candidates\": [{\"votes\": 10},"
                + " {\"votes\": -3}]}]}").toString());

        assertThat(flags.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(flags.err).contains("De stemmen van lijst 2 (--votes) kunnen niet negatief zijn. U gaf: -5.");
        assertThat(file.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(file.err).contains("Het veld lists[0].candidates[1].votes kan niet negatief zijn. Er staat: -3.");
    }

    @Test
    void seatsOutsideOneToOneHundredFiftyAreRefused() {
        for (String seats : List.of("0", "151")) {
            Result result = run("seats", "--seats", seats, "--votes", WMW_VOTES);

            assertThat(result.code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(result.err).contains("Het aantal zetels moet tussen 1 en 150 liggen. U gaf: " + seats + ".");
        }
    }

    @Test
    void aListWithoutCandidatesIsRefused() throws IOException {
        Result file = run("seats", write("{\"seats\": 5, \"lists\": [{\"number\": 1, \"candidates\": [{\"votes\": 4}]},"
                + " {\"number\": 2, \"candidates\": []}]}").toString());
        Result flags = run("seats", "--seats", "5", "--votes", "10,20", "--candidates", "3,0");

        assertThat(file.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(file.err).contains("Lijst 2 heeft geen kandidaten.");
        assertThat(flags.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(flags.err).contains("Lijst 2 heeft geen kandidaten (--candidates).");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndAMissingFieldByItsPath() throws IOException {
        Result broken = run("seats", write("{\"seats\": 5,\n \"lists\": [ {\"candidates\": [}\n]}").toString());
        Result missing = run("seats", write("{\"lists\": []}").toString());
        Result wrongType = run("seats", "--json", write("{\"seats\": \"zeventien\", \"lists\": []}").toString());

        assertThat(broken.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err).contains("Het bestand is geen geldige JSON (fout bij regel 2");
        assertThat(missing.err).isEqualTo("Het veld seats ontbreekt.\n");
        assertThat(wrongType.code).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode json = JSON.readTree(wrongType.out);
        assertThat(json.get("field").asString()).isEqualTo("seats");
        assertThat(json.get("message").asString()).isEqualTo("Het veld seats moet een geheel getal zijn. Er staat: \"zeventien\".");
    }

    @Test
    void aMissingFileOrNoInputAtAllIsExplained() {
        Result noFile = run("seats", dir.resolve("bestaat-niet.json").toString());
        Result nothing = run("seats");

        assertThat(noFile.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noFile.err).contains("bestaat-niet.json bestaat niet.");
        assertThat(nothing.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(nothing.err).contains("Geef een JSON-bestand, of het aantal zetels met --seats");
    }

    private Path westMaasEnWaalFile(Map<String, Object> extra) throws IOException {
        List<Map<String, Object>> lists = new ArrayList<>();
        for (Osv43Count.CountedList list : Osv43Count.westMaasEnWaal2022().lists()) {
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (int i = 0; i < list.candidateNames().size(); i++) {
                candidates.add(Map.of("number", i + 1, "name", list.candidateNames().get(i),
                        "votes", list.candidateVotes().get(i)));
            }
            lists.add(Map.of("number", list.number(), "name", list.name(), "candidates", candidates));
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("seats", 17);
        input.put("lists", lists);
        input.putAll(extra);
        return write(JSON.writeValueAsString(input));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "invoer-", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Integer> seatsPerList(Result result) {
        return JSON.readTree(result.out).get("lists").values().stream().map(l -> l.get("seats").asInt()).toList();
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Stemwerk.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
