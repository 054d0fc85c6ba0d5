package nl.stemwerk.app.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.AssemblyFixtures;
import nl.stemwerk.app.sortition.SignedInAsGriffie;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.support.Cli;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public draw: stored once with who entered the seed and how, audited, and replayable by anyone from the two
 * downloaded files with {@code stemwerk sortition verify}.
 */
@StemwerkSpringTest
@ExtendWith(SignedInAsGriffie.class)
class PublicDrawIT {
    @LocalServerPort
    int port;
    @Autowired
    AssemblyService assemblies;
    @Autowired
    PublicDrawService draws;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void theDownloadedLotteryFileAndSeedGiveTheSamePanelInTheCommandLineVerify() throws IOException {
        long id = AssemblyFixtures.smallComputed(assemblies, "Trekking en controle");

        RecordedDraw drawn = draws.draw(id, 0, "DICE", "3 1 4 1 5 9");

        Http http = signedIn();
        String lotteryFile = http.get("/participatie/burgerberaden/" + id + "/trekking/0/loting.txt").body();
        String seedFile = http.get("/participatie/burgerberaden/" + id + "/trekking/0/lotnummer.txt").body();
        Path lottery = Files.writeString(dir.resolve("loting.txt"), lotteryFile, StandardCharsets.UTF_8);
        Cli.Result verify = Cli.run("sortition", "verify", lottery.toString(), "--seed", seedFile.lines().findFirst()
                .orElseThrow(), "--json");
        assertThat(verify.code()).as(verify.err()).isEqualTo(ExitCodes.OK);
        JsonNode verified = JsonMapper.builder().build().readTree(verify.out());
        List<String> members = new ArrayList<>();
        verified.at("/draw/members").forEach(m -> members.add(m.asString()));
        assertThat(members).hasSize(20).isEqualTo(drawn.members());
        assertThat(verified.at("/draw/ticket").asLong()).isEqualTo(drawn.ticket());
        assertThat(verified.at("/lottery/resultHash").asString()).isEqualTo(drawn.resultHash())
                .isEqualTo(assemblies.get(id).resultHash().orElseThrow());
        assertThat(seedFile).startsWith("314159\n").contains("manier\tdobbelstenen");
        assertThat(assemblies.get(id).panelMembers()).isEqualTo(drawn.members());
    }

    @Test
    void theDrawRecordsWhoEnteredTheSeedHowItWasMadeAndWritesOneAuditRow() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Wie voerde het lotnummer in");

        draws.draw(id, 0, "LOTTERY_NUMBER", "0012-3456");

        RecordedDraw stored = draws.history(id).draws().getFirst();
        assertThat(stored.seed()).isEqualTo("00123456");
        assertThat(stored.seedMethod()).isEqualTo(SeedMethod.LOTTERY_NUMBER);
        assertThat(stored.enteredBy()).isEqualTo("griffie");
        String details = jdbc.sql("select details from audit_log where subject = ? and action = ?")
                .params(AssemblyService.subject(id), "burgerberaad.getrokken").query(String.class).single();
        assertThat(details).contains("\"lotnummer\":\"00123456\"").contains("\"manier\":\"LOTTERY_NUMBER\"")
                .contains("\"ronde\":0");
        assertThat(draws.history(id).status().name()).isEqualTo("DRAWN");
    }

    @Test
    void aSecondDrawIsRefusedByTheServiceAndByTheDatabase() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Eén keer trekken");
        RecordedDraw first = draws.draw(id, 0, "DICE", "111111");

        assertThatThrownBy(() -> draws.draw(id, 0, "DICE", "222222")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("seed")).asString()
                .contains("al gedaan");
        assertThatThrownBy(() -> draws.draw(id, 1, "DICE", "222222")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("seed")).asString()
                .contains("U kunt nu niet het lotnummer vastleggen");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into sortition_draw (assembly_id, round, seed_method, seed, entered_by, entered_at,
                    result_hash, ticket, members) values (?, 0, 'DICE', '222222', 'x', now(), ?, 1, 'a')""")
                .params(id, first.resultHash()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update sortition_draw set seed = '222222' where assembly_id = ?")
                .param(id).update()).isInstanceOf(DataAccessException.class);
        assertThat(draws.history(id).draws()).containsExactly(first);
    }

    @Test
    void aDrawBeforeTheLotteryOrWithABadSeedIsRefusedInDutchAndStoresNothing() {
        long computed = AssemblyFixtures.smallComputed(assemblies, "Slecht lotnummer");
        long notComputed = AssemblyFixtures.small(assemblies, "Nog niet berekend");

        assertThatThrownBy(() -> draws.draw(computed, 0, "DICE", "12345")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("seed")).asString()
                .contains("heeft 5 cijfers");
        assertThatThrownBy(() -> draws.draw(computed, 0, "", "123456")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("method")).asString()
                .contains("Kies hoe het lotnummer is gemaakt");
        assertThatThrownBy(() -> draws.draw(notComputed, 0, "DICE", "123456")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("seed")).asString()
                .contains("aanmelding open");
        assertThat(draws.history(computed).draws()).isEmpty();
        assertThat(assemblies.get(computed).drawn()).isFalse();
    }

    @Test
    void theProjectorShowsVolunteerNumbersAndNoNamesOrAddressesFromThePool() {
        long id = AssemblyFixtures.sfComputed(assemblies, "Beamer zonder namen");
        String hash = assemblies.get(id).resultHash().orElseThrow();
        Http http = signedIn();
        assertThat(http.get("/participatie/burgerberaden/" + id + "/trekking/beamer").body()).contains(hash);

        RecordedDraw drawn = draws.draw(id, 0, "DICE", "6 5 4 3 2 1");

        String projector = http.get("/participatie/burgerberaden/" + id + "/trekking/beamer").body();
        assertThat(projector).contains("Lotnummer: 654321").contains(hash);
        drawn.members().forEach(m -> assertThat(projector).contains(">" + m + "<"));
        for (String member : drawn.members()) {
            String number = member.substring(1);
            assertThat(projector).doesNotContain("first_name" + number + "<").doesNotContain("last_name" + number)
                    .doesNotContain("email" + number).doesNotContain("primary_address1" + number);
        }
        assertThat(Arrays.asList(projector.split("\n"))).noneMatch(line -> line.contains("primary_zip"));
    }

    private Http signedIn() {
        Http http = new Http(port);
        http.login("griffie", "demo-griffie");
        return http;
    }
}
