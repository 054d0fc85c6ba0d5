package nl.stemwerk.app.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.Cli;
import nl.stemwerk.app.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code stemwerk sortition} on the published examples: example_small_20 (Flanigan et al. 2021: 200 volunteers, 20
 * seats, LEXIMIN gives everyone 20/200 = 0.1) and the Sortition Foundation's fixture (150 candidates, 22 seats).
 */
class SortitionCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SMALL = "data/sortition/example_small_20/";
    private static final String SF = "data/sortition/sortition_algorithms_fixture_150/";

    @TempDir
    Path dir;

    @Test
    void runWithASeedAndVerifyOfTheWrittenFileDrawTheSamePanel() {
        Path lotteryFile = dir.resolve("loting.txt");
        Cli.Result run = Cli.run("sortition", "run", "--categories", small("categories.csv"),
                "--pool", small("respondents.csv"), "--k", "20", "--seed", "4 8 1 5 1 6", "--out",
                lotteryFile.toString(), "--json");
        Cli.Result verify = Cli.run("sortition", "verify", lotteryFile.toString(), "--seed", "481516", "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(verify.code()).as(verify.err()).isEqualTo(ExitCodes.OK);
        JsonNode computed = JSON.readTree(run.out());
        JsonNode verified = JSON.readTree(verify.out());
        assertThat(computed.at("/lottery/fairness/minimum").asDouble()).isCloseTo(0.1, within(1e-6));
        assertThat(members(computed)).hasSize(20).isEqualTo(members(verified));
        assertThat(verified.at("/draw/ticket").asLong()).isEqualTo(computed.at("/draw/ticket").asLong());
        assertThat(verified.at("/lottery/resultHash").asString()).isEqualTo(computed.at("/lottery/resultHash")
                .asString()).hasSize(64);
    }

    @Test
    void runPrintsTheFairnessFiguresInDutchAndShowsProgressOnStandardError() {
        Cli.Result run = Cli.run("sortition", "run", "--categories", small("categories.csv"),
                "--pool", small("respondents.csv"), "--k", "20", "--algorithm", "maximin");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Loting met MAXIMIN voor 200 aanmelders, panel van 20 personen")
                .contains("Kleinste kans: 0,100000; grootste kans: 0,100000")
                .contains("Gini-coëfficiënt: 0,000000").contains("Resultaat-hash: ")
                .doesNotContain("Getrokken met lotnummer");
        assertThat(run.err()).contains("Bezig: panels zoeken").contains("Bezig: klaar");
    }

    @Test
    void maximinOnTheSortitionFoundationFixtureDrawsAPanelOf22ThatVerifyReplays() {
        Path lotteryFile = dir.resolve("sf.txt");
        Cli.Result run = Cli.run("sortition", "run", "--categories", sf("features.csv"), "--pool",
                sf("candidates.csv"), "--k", "22", "--algorithm", "maximin", "--households", "--seed", "000123",
                "--out", lotteryFile.toString(), "--json");
        Cli.Result verify = Cli.run("sortition", "verify", lotteryFile.toString(), "--seed", "000123", "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode computed = JSON.readTree(run.out());
        // the MAXIMIN optimum the library measured on this fixture (sortition/README.md, benchmark): 1/11
        assertThat(computed.at("/lottery/fairness/minimum").asDouble()).isCloseTo(1.0 / 11, within(1e-6));
        assertThat(members(computed)).hasSize(22).isEqualTo(members(JSON.readTree(verify.out())));
    }

    @Test
    void aTimeLimitOfZeroGivesAValidLotteryMarkedNotProvenInDutchWithItsBound() {
        Cli.Result run = Cli.run("sortition", "run", "--categories", sf("features.csv"), "--pool",
                sf("candidates.csv"), "--k", "22", "--algorithm", "maximin", "--time-limit", "0", "--json");
        Cli.Result text = Cli.run("sortition", "run", "--categories", sf("features.csv"), "--pool",
                sf("candidates.csv"), "--k", "22", "--algorithm", "maximin", "--time-limit", "0");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode computed = JSON.readTree(run.out());
        assertThat(computed.at("/optimality/status").asString()).isEqualTo("NOT_PROVEN");
        assertThat(computed.at("/optimality/proven").asBoolean()).isFalse();
        // the bound is never below the proven MAXIMIN optimum of this fixture, 1/11
        assertThat(computed.at("/optimality/lowestBound").asDouble()).isGreaterThanOrEqualTo(1.0 / 11 - 1e-6);
        assertThat(text.out()).contains("Niet bewezen optimaal: de tijd was op.");
    }

    @Test
    void aComputationWithoutTimeLimitSaysItIsProven() {
        Cli.Result run = Cli.run("sortition", "run", "--categories", small("categories.csv"), "--pool",
                small("respondents.csv"), "--k", "20");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Bewezen optimaal: met deze methode en deze quota kan de loting niet eerlijker.");
    }

    @Test
    void aChangedPoolRowInThePublishedFileFailsTheCheckWithExitCode1() throws IOException {
        Path lotteryFile = dir.resolve("loting.txt");
        Cli.run("sortition", "run", "--categories", small("categories.csv"), "--pool", small("respondents.csv"),
                "--k", "20", "--out", lotteryFile.toString());
        String text = Files.readString(lotteryFile, StandardCharsets.UTF_8);
        Files.writeString(lotteryFile, text.replace("volunteer\t1\t-\t-\tfemale\tconservative",
                "volunteer\t1\t-\t-\tmale\tconservative"), StandardCharsets.UTF_8);

        Cli.Result verify = Cli.run("sortition", "verify", lotteryFile.toString(), "--seed", "123456");

        assertThat(text).contains("volunteer\t1\t-\t-\tfemale\tconservative");
        assertThat(verify.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(verify.err()).startsWith("Het lotingbestand klopt niet.");
        assertThat(verify.out()).isEmpty();
    }

    @Test
    void quotasThatNoPanelCanMeetGiveTheDutchAdviceWithTheSmallestWideningAndExitCode1() throws IOException {
        // 11 men are all conservative, but at most 9 conservatives may sit: lower the men's minimum by 2
        Path categories = write("quota.csv", """
                categorie,waarde,min,max
                gender,female,9,20
                gender,male,11,20
                leaning,liberal,9,20
                leaning,conservative,9,9
                """);

        Cli.Result run = Cli.run("sortition", "run", "--categories", categories.toString(), "--pool",
                small("respondents.csv"), "--k", "20", "--json");

        assertThat(run.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("status").asString()).isEqualTo("infeasibleQuotas");
        assertThat(json.get("message").asString()).startsWith("Met deze quota is geen panel mogelijk.");
        assertThat(json.get("advice").values()).singleElement().satisfies(w -> {
            assertThat(w.get("category").asString()).isEqualTo("gender");
            assertThat(w.get("value").asString()).isEqualTo("male");
            assertThat(w.get("newMin").asInt()).isEqualTo(9);
            assertThat(w.get("message").asString()).contains("van 11 naar 9 (2 minder)");
        });
    }

    @Test
    void aBrokenQuotaFileGivesADutchMessageWithFileRowAndColumnAndExitCode2() throws IOException {
        Path categories = write("quota.csv", """
                categorie,waarde,min,max
                gender,female,9,20
                gender,male,9,twintig
                """);

        Cli.Result run = Cli.run("sortition", "run", "--categories", categories.toString(), "--pool",
                small("respondents.csv"), "--k", "20");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("quota.csv, regel 3, kolom 'max': 'twintig' is geen heel getal");
    }

    @Test
    void aPoolWithAValueTheQuotasDoNotKnowIsBadInput() throws IOException {
        Path pool = write("aanmeldingen.csv", "gender,leaning\nfemale,liberal\nvrouw,liberal\n");

        Cli.Result run = Cli.run("sortition", "run", "--categories", small("categories.csv"), "--pool",
                pool.toString(), "--k", "1", "--json");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("field").asString()).isEqualTo("--pool");
        assertThat(json.get("message").asString()).contains("aanmeldingen.csv").contains("vrouw");
    }

    @Test
    void aSeedThatIsNotANumberIsRefusedBeforeAnythingIsComputed() {
        Cli.Result run = Cli.run("sortition", "run", "--categories", small("categories.csv"), "--pool",
                small("respondents.csv"), "--k", "20", "--seed", "12a456", "--json");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("code").asString()).isEqualTo("SEED_INVALID");
        assertThat(json.get("message").asString()).contains("'12a456' is geen getal");
        assertThat(run.err()).doesNotContain("Bezig");
    }

    @Test
    void verifyRefusesASeedOfFewerThanSixDigits() throws IOException {
        Path lotteryFile = write("loting.txt", "");

        Cli.Result verify = Cli.run("sortition", "verify", lotteryFile.toString(), "--seed", "12345");

        assertThat(verify.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(verify.err()).contains("heeft 5 cijfers").contains("minstens 6");
    }

    @Test
    void legacyEstimatesTheOldDrawsFiguresButMakesNoLotteryToDrawFrom() {
        Cli.Result estimate = Cli.run("sortition", "run", "--categories", small("categories.csv"), "--pool",
                small("respondents.csv"), "--k", "20", "--algorithm", "legacy", "--json");
        Cli.Result withSeed = Cli.run("sortition", "run", "--categories", small("categories.csv"), "--pool",
                small("respondents.csv"), "--k", "20", "--algorithm", "legacy", "--seed", "123456");

        assertThat(estimate.code()).as(estimate.err()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(estimate.out());
        assertThat(json.get("draws").asInt()).isEqualTo(SortitionRunCommand.LEGACY_DRAWS);
        // the greedy draw is unfair here: somebody's chance stays below the 0.1 that LEXIMIN gives everyone
        assertThat(json.at("/fairness/minimum").asDouble()).isLessThan(0.1 - 0.01);
        assertThat(withSeed.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withSeed.err()).contains("Met legacy maakt Stemwerk geen loting");
    }

    @Test
    void anUnknownAlgorithmIsBadInput() {
        Cli.Result run = Cli.run("sortition", "run", "--categories", small("categories.csv"), "--pool",
                small("respondents.csv"), "--k", "20", "--algorithm", "nash");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("De methode 'nash' bestaat niet. Kies leximin, maximin of legacy.");
    }

    private static List<String> members(JsonNode json) {
        return json.at("/draw/members").values().stream().map(JsonNode::asString).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String small(String name) {
        return SharedData.file(SMALL + name).toString();
    }

    private static String sf(String name) {
        return SharedData.file(SF + name).toString();
    }
}
