package nl.stemwerk.app.turnout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.Cli;
import nl.stemwerk.app.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code stemwerk turnout} on Hilversum's real GR2022 count (osv4-3 CSV with a byte order mark). */
class TurnoutCommandTest {
    private static final String HILVERSUM = "data/turnout/results/osv4-3_telling_gr2022_hilversum.csv";

    @TempDir
    Path dir;

    @Test
    void theMunicipalTurnoutAndThePostcodeTableShowTheHandComputedFigures() {
        Cli.Result result = Cli.run("turnout", SharedData.file(HILVERSUM).toString(), "--by", "pc4");

        assertThat(result.code()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("Hilversum (GM0402)").contains("Opkomst: 51,0% (36.015 van 70.563)");
        String row = result.out().lines().filter(line -> line.startsWith("1223 ")).findFirst().orElseThrow();
        assertThat(row).contains("6.094").contains("28,3%").contains("10,2%").contains("37,2%");
    }

    @Test
    void jsonGivesTheCountsBehindThePercentages() {
        Cli.Result result = Cli.run("turnout", SharedData.file(HILVERSUM).toString(), "--json");

        assertThat(result.code()).isEqualTo(ExitCodes.OK);
        JsonNode figures = JsonMapper.builder().build().readTree(result.out())
                .get("municipalities").get(0).get("elections").get(0).get("figures");
        assertThat(figures.get("municipalityCode").asString()).isEqualTo("GM0402");
        assertThat(figures.get("turnout").get("value").get("part").asInt()).isEqualTo(36015);
        assertThat(figures.get("turnout").get("value").get("whole").asInt()).isEqualTo(70563);
    }

    @Test
    void aFileOfUnknownKindIsBadInputNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("boodschappen.csv"), "melk;brood\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("turnout", file.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("boodschappen.csv").contains("We weten niet wat voor bestand dit is");
    }

    @Test
    void anUnknownGroupingIsBadInputWithTheChoices() {
        Cli.Result result = Cli.run("turnout", SharedData.file(HILVERSUM).toString(), "--by", "provincie");

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("Kies pc4, wijk, buurt of station");
    }
}
