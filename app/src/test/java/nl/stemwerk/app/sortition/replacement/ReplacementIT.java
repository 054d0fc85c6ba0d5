package nl.stemwerk.app.sortition.replacement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.AssemblyFixtures;
import nl.stemwerk.app.sortition.SignedInAsGriffie;
import nl.stemwerk.app.sortition.draw.DrawHistory;
import nl.stemwerk.app.sortition.draw.PublicDrawService;
import nl.stemwerk.app.sortition.draw.RecordedDraw;
import nl.stemwerk.app.sortition.draw.ReplacementLottery;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.sortition.web.ProbabilityRow;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.sortition.draw.Draw;
import nl.stemwerk.sortition.draw.DrawStatus;
import nl.stemwerk.sortition.draw.LotteryFile;
import nl.stemwerk.sortition.draw.PublicSeed;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Lottery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replacement after a withdrawal on example_small_20 (200 volunteers, 20 seats): the members who stay are kept, the
 * quotas and the panel size stay, the replacement lottery is published before its seed, and the history only grows.
 */
@StemwerkSpringTest
@ExtendWith(SignedInAsGriffie.class)
class ReplacementIT {
    @LocalServerPort
    int port;
    @Autowired
    AssemblyService assemblies;
    @Autowired
    PublicDrawService draws;
    @Autowired
    ReplacementService replacements;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWithdrawnMemberIsReplacedByOneNewMemberWhileTheOther19Stay() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Vervanging");
        RecordedDraw panel = draws.draw(id, 0, "DICE", "271828");
        String leaving = panel.members().get(7);

        replacements.withdraw(id, leaving, "NO_TIME");
        assertThat(draws.history(id).status()).isEqualTo(DrawStatus.WITHDRAWAL_RECORDED);
        ReplacementLottery published = replacements.computeLottery(id);
        RecordedDraw replaced = draws.draw(id, 1, "LOTTERY_NUMBER", "1 8 2 8 4 5");

        Lottery lottery = LotteryFile.read(new StringReader(published.lotteryFile()));
        List<String> stay = new ArrayList<>(panel.members());
        stay.remove(leaving);
        assertThat(lottery.problem().keptIds()).containsExactlyInAnyOrderElementsOf(stay);
        assertThat(lottery.problem().pool().find(leaving)).isEmpty();
        assertThat(lottery.problem().panelSize()).isEqualTo(20);
        assertThat(lottery.problem().quotas()).isEqualTo(PublicDrawService.lottery(draws.history(id), 0).problem()
                .quotas());
        assertThat(replaced.members()).hasSize(20).containsAll(stay).doesNotContain(leaving);
        DrawHistory history = draws.history(id);
        assertThat(history.newMembers(replaced)).hasSize(1);
        assertThat(history.draws()).extracting(RecordedDraw::round).containsExactly(0, 1);
        assertThat(history.draws().getFirst()).isEqualTo(panel);
        assertThat(Draw.draw(lottery, PublicSeed.parse("182845")).memberIds()).isEqualTo(replaced.members());
        assertThat(history.status()).isEqualTo(DrawStatus.DRAWN);
        Http http = new Http(port);
        http.login("griffie", "demo-griffie");
        List<String> csv = http.get("/participatie/burgerberaden/" + id + "/trekking/1/panel.csv").body().lines()
                .toList();
        assertThat(csv.getFirst()).isEqualTo("id,gender,leaning");
        assertThat(csv.stream().skip(1).map(line -> line.split(",")[0]).toList())
                .containsExactlyInAnyOrderElementsOf(replaced.members());
        List<String> reserves = http.get("/participatie/burgerberaden/" + id + "/trekking/1/reserves.csv").body()
                .lines().skip(1).map(line -> line.split(",")[0]).toList();
        assertThat(reserves).hasSize(200 - 20 - 1).doesNotContain(leaving).doesNotContainAnyElementsOf(
                replaced.members());
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by sequence")
                .param(AssemblyService.subject(id)).query(String.class).list()).containsExactly(
                "burgerberaad.aangemaakt", "burgerberaad.loting-berekend", "burgerberaad.getrokken",
                "burgerberaad.lid-teruggetrokken", "burgerberaad.vervangingsloting-berekend",
                "burgerberaad.vervanging-getrokken");
    }

    @Test
    void everyRemainingVolunteerGetsAChanceOfBecomingTheReplacementAndTheChancesAddUpToTheOpenSeats() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Kansen op vervanging");
        RecordedDraw panel = draws.draw(id, 0, "DICE", "141421");
        replacements.withdraw(id, panel.members().get(0), "MOVED_AWAY");
        replacements.withdraw(id, panel.members().get(1), "UNREACHABLE");

        ReplacementLottery published = replacements.computeLottery(id);

        List<ProbabilityRow> chances = ReplacementService.replacementChances(
                LotteryFile.read(new StringReader(published.lotteryFile())));
        assertThat(chances).hasSize(200 - 20);
        assertThat(chances.stream().mapToDouble(ProbabilityRow::probability).sum()).isCloseTo(2.0, within(1e-9));
        assertThat(chances).allSatisfy(r -> assertThat(r.probability()).isBetween(0.0, 1.0));
        assertThat(chances).isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
    }

    @Test
    void aWithdrawalOfSomeoneOffThePanelTwiceOrAfterThePublishedReplacementLotteryIsRefused() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Terugtrekking weigeren");
        assertThatThrownBy(() -> replacements.withdraw(id, "1", "NO_TIME")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("terugtrekking vastleggen");
        RecordedDraw panel = draws.draw(id, 0, "DICE", "173205");
        String offPanel = PublicDrawService.lottery(draws.history(id), 0).problem().pool().volunteers().stream()
                .map(v -> v.id()).filter(v -> !panel.members().contains(v)).findFirst().orElseThrow();

        assertThatThrownBy(() -> replacements.withdraw(id, offPanel, "NO_TIME")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("member")).asString()
                .contains("zit niet in het panel");
        assertThatThrownBy(() -> replacements.withdraw(id, panel.members().get(0), "ZIEK"))
                .isInstanceOf(InvalidInput.class);
        replacements.withdraw(id, panel.members().get(0), "OTHER");
        assertThatThrownBy(() -> replacements.withdraw(id, panel.members().get(0), "OTHER"))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).fieldMessages().get("member"))
                .asString().contains("al teruggetrokken");
        replacements.computeLottery(id);
        assertThatThrownBy(() -> replacements.withdraw(id, panel.members().get(1), "OTHER"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("loting gepubliceerd");
        assertThatThrownBy(() -> replacements.computeLottery(id)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> jdbc.sql("delete from sortition_withdrawal where assembly_id = ?").param(id)
                .update()).isInstanceOf(DataAccessException.class);
        assertThat(draws.history(id).withdrawals()).hasSize(1);
    }

    @Test
    void whenNoRemainingVolunteerKeepsTheQuotasMetTheReplacementIsRefusedWithTheLibrarysAdvice() {
        long id = assemblies.create("Geen vervanger", "4", false, "quota.csv",
                "category,feature,min,max\ngender,female,2,2\ngender,male,2,2\n", "pool.csv",
                "gender\nfemale\nfemale\nmale\nmale\nmale\n");
        AssemblyFixtures.compute(assemblies, id, Algorithm.LEXIMIN);
        RecordedDraw panel = draws.draw(id, 0, "DICE", "123456");
        assertThat(panel.members()).contains("1", "2");
        replacements.withdraw(id, "1", "MOVED_AWAY");

        assertThatThrownBy(() -> replacements.computeLottery(id)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("compute")).asString()
                .startsWith("Er is geen vervanging mogelijk binnen de quota.").contains("female");
        assertThat(draws.history(id).replacementLotteries()).isEmpty();
        assertThat(draws.history(id).status()).isEqualTo(DrawStatus.WITHDRAWAL_RECORDED);
    }
}
