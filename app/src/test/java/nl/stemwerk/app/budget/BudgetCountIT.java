package nl.stemwerk.app.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import nl.stemwerk.app.budget.counting.BudgetCountService;
import nl.stemwerk.app.budget.counting.StoredCount;
import nl.stemwerk.app.budget.importing.ProjectPb;
import nl.stemwerk.app.budget.voting.BudgetVoteService;
import nl.stemwerk.app.budget.votingcode.CodeBatch;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VotingCode;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.SharedData;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.budgeting.pabulib.PbElections;
import nl.stemwerk.budgeting.pabulib.PbFile;
import nl.stemwerk.budgeting.pabulib.PbFormatException;
import nl.stemwerk.budgeting.pabulib.PbProject;
import nl.stemwerk.budgeting.pabulib.PbReader;
import nl.stemwerk.budgeting.pabulib.PbVote;
import nl.stemwerk.budgeting.rule.BudgetRules;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.RuleVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real ballots of Amsterdam's Buurtbudget Buitenveldert/Zuidas 2021 (pabulib instance 523: 7 projects, 938
 * voters, € 155.000) cast through Stemwerk with voting codes, then counted with the recommended rule. The oracle is
 * the equalshares compute tool's "add1u" outcome in shared/data/pb/expected_outcomes.json: 41597, 41602, 41601 in
 * that order, € 134.150, 177 per voter.
 */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.MethodName.class)
class BudgetCountIT {
    private static final String SEED = "4-1-6-6-2";

    @LocalServerPort
    int port;
    @Autowired
    BudgetService budgets;
    @Autowired
    BudgetVoteService votes;
    @Autowired
    VotingCodeService codes;
    @Autowired
    BudgetCountService counts;
    @Autowired
    JdbcClient jdbc;

    PbFile original;
    long id;

    @BeforeAll
    void castTheRealBallots() throws IOException, PbFormatException {
        byte[] bytes = Files.readAllBytes(SharedData.file("data/pb/netherlands_amsterdam_523_.pb"));
        original = PbReader.read(bytes).file();
        id = budgets.create(BudgetFixtures.settings("Buurtbudget Buitenveldert, Zuidas", 155_000,
                VotingMethod.APPROVAL, RulePresets.EQUAL_SHARES, List.of()));
        budgets.replaceProjects(id, ProjectPb.read(bytes).projects(), "netherlands_amsterdam_523_.pb");
        BudgetFixtures.move(budgets, id, PhaseAction.SKIP_SUBMISSION);
        BudgetFixtures.move(budgets, id, PhaseAction.OPEN_VOTING);
        List<VotingCode> letters = codes.createBatch(VoteTarget.budget(id), original.votes().size(),
                CodeBatch.Per.HOUSEHOLD);
        for (int i = 0; i < original.votes().size(); i++) {
            votes.castOnline(id, letters.get(i).formatted().toLowerCase(), original.votes().get(i).projectIds(),
                    "192.0.2." + (i % 250));
        }
    }

    @Test
    void nothingOfTheResultIsVisibleWhileVotingAndCountingWaitsForTheLotAndTheClose() {
        Http resident = new Http(port);
        assertThat(resident.get("/publiek/begrotingen/" + id + "/uitslag").body())
                .contains("De uitslag is nog niet bekend").doesNotContain("Groene symphonie");
        assertThat(resident.get("/publiek/begrotingen/" + id + "/uitslag.pb").statusCode()).isEqualTo(404);
        Http griffie = new Http(port);
        griffie.login("griffie", "demo-griffie");
        assertThat(griffie.get("/participatie/begrotingen/" + id + "/export.pb").statusCode()).isEqualTo(404);
        assertThat(griffie.get("/participatie/begrotingen/" + id + "/telling").body())
                .contains("Tellen kan pas als het stemmen gesloten is").doesNotContain("41597");
        assertThatThrownBy(() -> counts.drawLot(id, SEED)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theCountIsStoredWithItsRuleAndLotGivesTheComputeToolsWinnersAndRecountsTheSame() throws Exception {
        BudgetFixtures.move(budgets, id, PhaseAction.CLOSE_VOTING);
        assertThatThrownBy(() -> counts.count(id)).hasMessageContaining("Houd eerst de loting");

        StoredCount.StoredLot lot = counts.drawLot(id, SEED);
        assertThat(lot.seed()).isEqualTo(SEED);
        assertThat(lot.drawnBy()).isEqualTo("systeem");
        assertThat(lot.order()).containsExactlyElementsOf(Lot.fromSeed(SEED, original.projects().stream()
                .map(PbProject::id).toList()).order());
        assertThatThrownBy(() -> counts.drawLot(id, "6-6-6")).hasMessageContaining("maar één keer");

        StoredCount count = counts.count(id);
        assertThat(count.ruleId()).isEqualTo("mes/cost/add1-integral/exhaustive-stop/then-greedy/v1");
        assertThat(count.ballots()).isEqualTo(938);
        assertThat(count.winners()).extracting(w -> w.project().code()).containsExactly("41597", "41602", "41601");
        assertThat(count.totalCost().cents()).isEqualTo(13_415_000L);
        assertThat(count.endowment()).contains("€ 177");
        assertThat(count.lot().seed()).isEqualTo(SEED);
        assertThat(count.projects()).filteredOn(p -> p.project().code().equals("41597")).singleElement()
                .satisfies(p -> assertThat(p.votes()).isEqualTo(607));
        assertThat(count.projects()).filteredOn(p -> p.project().code().equals("41600")).singleElement()
                .satisfies(p -> assertThat(p.explanation()).startsWith("Niet gekozen."));
        assertThat(jdbc.sql("select details from audit_log where action = 'begroting.geteld' and subject = ?")
                .param("begroting:" + id).query(String.class).single()).contains(count.ruleId())
                .contains(count.inputSha256());
        assertThat(jdbc.sql("select details from audit_log where action = 'begroting.loting' and subject = ?")
                .param("begroting:" + id).query(String.class).single()).contains(SEED);

        assertThat(counts.recount(id).confirms()).isTrue();
        assertThatThrownBy(() -> counts.count(id)).hasMessageContaining("al geteld");
        assertThatThrownBy(() -> jdbc.sql("update budget_count set rule_id = 'greedy/votes/v1' where budget_id = ?")
                .param(id).update()).rootCause().hasMessageContaining("append-only");

        BudgetFixtures.move(budgets, id, PhaseAction.PUBLISH_RESULT);
        publishedResultExplainsAndItsDataRecountsToTheSameWinners(count);
    }

    private void publishedResultExplainsAndItsDataRecountsToTheSameWinners(StoredCount count) throws Exception {
        Http resident = new Http(port);
        String page = resident.get("/publiek/begrotingen/" + id + "/uitslag").body();
        assertThat(page).contains("Groene symphonie op de Beethovenstraat").contains("Gekozen in ronde 1.")
                .contains("Methode van gelijke delen").contains(count.ruleId()).contains(count.inputSha256());

        byte[] pb = resident.get("/publiek/begrotingen/" + id + "/uitslag.pb").body().getBytes(StandardCharsets.UTF_8);
        PbFile published = PbReader.read(pb).file();
        assertThat(published.meta()).containsEntry("rule", count.ruleId()).containsEntry("lot_seed", SEED);
        assertThat(published.projects()).filteredOn(p -> "1".equals(p.attributes().get("selected")))
                .extracting(PbProject::id).containsExactlyInAnyOrder("41597", "41601", "41602");
        assertThat(sortedBallots(published)).isEqualTo(sortedBallots(original));
        assertThat(published.votes()).allSatisfy(v -> assertThat(v.attributes()).containsEntry("voting_method",
                "internet"));
        List<String> ids = published.projects().stream().map(PbProject::id).toList();
        assertThat(BudgetRules.compute(PbElections.toElection(published), RuleVariant.parse(published.meta()
                .get("rule")), Lot.fromSeed(published.meta().get("lot_seed"), ids)).orElseThrow().winners())
                .containsExactly("41597", "41602", "41601");

        String csv = resident.get("/publiek/begrotingen/" + id + "/uitslag.csv").body();
        assertThat(csv).contains("41597;Groene symphonie op de Beethovenstraat;;;100000;607;ja;1;Gekozen in ronde 1.");
    }

    private static List<String> sortedBallots(PbFile file) {
        return file.votes().stream().map(PbVote::projectIds).map(ids -> ids.stream().sorted().toList().toString())
                .sorted(Comparator.naturalOrder()).toList();
    }
}
