package nl.stemwerk.app.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stemwerk.app.Stemwerk;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code stemwerk pb} on Amsterdam's Buurtbudget Buitenveldert/Zuidas 2021 (pabulib instance 523). The oracle is
 * shared/data/pb/expected_outcomes.json: the equalshares tool's add1u gives 41597, 41602, 41601 for € 134.150 with
 * € 177 per voter; add1 without greedy 41597 and 41602 for € 111.400; greedy by votes 41597 and 41600.
 */
class PbCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void runWithMesAndAdd1uGivesTheComputeToolsWinnersWithADutchExplanationPerProject() {
        Result result = run("pb", "run", amsterdam523(), "--rule", "mes", "--completion", "add1u");

        assertThat(result.code).as(result.err).isEqualTo(ExitCodes.OK);
        assertThat(result.out).contains("Er zijn 3 projecten gekozen voor samen € 134.150 van de € 155.000.")
                .contains("Rekenregel: mes/cost/add1-integral/exhaustive-stop/then-greedy/v1.")
                .contains("Iedere stemmer had € 177 te besteden")
                .containsPattern(" 1\\. Groene symphonie op de Beethovenstraat \\(41597\\), € 100\\.000, 607 stemmen")
                .contains("(41600): Niet gekozen.");
    }

    @Test
    void runWithAdd1AndJsonGivesTheTwoWinnersOfPlainAdd1() {
        Result result = run("pb", "run", amsterdam523(), "--rule", "mes", "--completion", "add1", "--json");

        JsonNode json = JSON.readTree(result.out);
        assertThat(result.code).isEqualTo(ExitCodes.OK);
        assertThat(json.get("rule").asString()).isEqualTo("mes/cost/add1-integral/exhaustive-stop/v1");
        assertThat(json.get("winners").values()).extracting(JsonNode::asString).containsExactly("41597", "41602");
        assertThat(json.get("totalCost").asString()).isEqualTo("111400");
        assertThat(json.get("projects").values()).hasSize(7)
                .allSatisfy(p -> assertThat(p.get("explanation").asString()).isNotBlank());
    }

    @Test
    void runWithGreedyGivesTheMostVotedProjectsThatFit() {
        Result result = run("pb", "run", amsterdam523(), "--rule", "greedy", "--json");

        assertThat(JSON.readTree(result.out).get("winners").values()).extracting(JsonNode::asString)
                .containsExactly("41597", "41600");
    }

    @Test
    void infoSaysWhatIsInTheFile() {
        Result result = run("pb", "info", amsterdam523());

        assertThat(result.code).isEqualTo(ExitCodes.OK);
        assertThat(result.out).contains("Buurtbudget Buitenveldert, Zuidas").contains("Plaats: Amsterdam, Netherlands")
                .contains("Budget: € 155.000").contains("Projecten: 7").contains("Stemmen: 938");
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndExitCode2() throws IOException {
        Path broken = dir.resolve("kapot.pb");
        Files.writeString(broken, """
                META
                key;value
                description;Kapot
                country;Netherlands
                unit;Dreumel
                instance;1
                num_projects;1
                num_votes;1
                budget;veel
                vote_type;approval
                PROJECTS
                project_id;cost
                1;100
                VOTES
                voter_id;vote
                v1;1
                """, StandardCharsets.UTF_8);

        Result human = run("pb", "run", broken.toString());
        Result json = run("pb", "info", broken.toString(), "--json");

        assertThat(human.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(human.err).contains("is geen geldig .pb-bestand").contains("Regel 9: budget is 'veel'.");
        assertThat(JSON.readTree(json.out).get("code").asString()).isEqualTo("PB_FORMAT");
        assertThat(json.code).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aMissingFileAndAnUnknownRuleAreRefusedInDutchWithExitCode2() {
        Result missing = run("pb", "info", dir.resolve("bestaat-niet.pb").toString());
        Result rule = run("pb", "run", amsterdam523(), "--rule", "borda");

        assertThat(missing.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err).contains("bestaat niet");
        assertThat(rule.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(rule.err).contains("De rekenregel 'borda' kennen we niet.");
    }

    private static String amsterdam523() {
        return SharedData.file("data/pb/netherlands_amsterdam_523_.pb").toString();
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
