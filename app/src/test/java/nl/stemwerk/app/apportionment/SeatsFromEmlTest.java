package nl.stemwerk.app.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.Cli;
import nl.stemwerk.app.support.EmlSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code stemwerk seats --count 510.xml --candidates 230.xml --seats N} on the real GR2022 files. */
class SeatsFromEmlTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSeatsOfWestMaasEnWaal2022FollowFromTheReal510bAnd230b() {
        Cli.Result result = Cli.run("seats", "--json", "--count", EmlSamples.westMaasEnWaalCount().toString(),
                "--candidates", EmlSamples.westMaasEnWaalCandidates().toString(), "--seats", "17");

        assertThat(result.code()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("totalVotes").asLong()).isEqualTo(9350);
        assertThat(json.get("lists").values().stream().map(l -> l.get("seats").asInt()).toList())
                .isEqualTo(List.of(3, 2, 3, 2, 2, 2, 2, 1));
        assertThat(json.get("elected").get(0).get("name").asString()).isEqualTo("Reuvers, R.A.N. (Rob)");
        assertThat(json.get("elected").get(0).get("votes").asLong()).isEqualTo(581);
    }

    @Test
    void theSameSeatsAsFromTheVotesPerListAlone() {
        Cli.Result fromEml = Cli.run("seats", "--json", "--count", EmlSamples.westMaasEnWaalCount().toString(),
                "--candidates", EmlSamples.westMaasEnWaalCandidates().toString(), "--seats", "17");
        Cli.Result fromFlags = Cli.run("seats", "--json", "--seats", "17", "--votes", "1893,1345,1372,1157,941,972,999,671");

        assertThat(seats(fromEml)).isEqualTo(seats(fromFlags));
    }

    @Test
    void withoutSeatsOrWithFilesOfDifferentElectionsTheInputIsRefusedInDutch() {
        Cli.Result noSeats = Cli.run("seats", "--count", EmlSamples.westMaasEnWaalCount().toString(),
                "--candidates", EmlSamples.westMaasEnWaalCandidates().toString());
        Cli.Result otherElection = Cli.run("seats", "--count", EmlSamples.westMaasEnWaalCount().toString(),
                "--candidates", EmlSamples.juinenCandidates().toString(), "--seats", "17");
        Cli.Result notANumber = Cli.run("seats", "--seats", "17", "--votes", "10,20", "--candidates", "3,x");

        assertThat(noSeats.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noSeats.err()).contains("het aantal zetels (--seats); dat staat niet in de telling.");
        assertThat(otherElection.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(otherElection.err()).contains("maar het bestand met de kandidatenlijsten is voor Juinen (0042)");
        assertThat(notANumber.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notANumber.err()).contains("Ongeldige waarde 'x' voor --candidates");
    }

    private static List<Integer> seats(Cli.Result result) {
        return JSON.readTree(result.out()).get("lists").values().stream().map(l -> l.get("seats").asInt()).toList();
    }
}
