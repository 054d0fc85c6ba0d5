package nl.stemwerk.app.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.stemwerk.app.budget.voting.BallotRepository;
import nl.stemwerk.app.budget.voting.BudgetVoteService;
import nl.stemwerk.app.budget.votingcode.Channel;
import nl.stemwerk.app.budget.votingcode.CodeBatch;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VotingCode;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of voting codes: once only, unknown codes refused, guessing slowed down, paper ballots marked. */
@StemwerkSpringTest
class VotingCodeIT {
    @LocalServerPort
    int port;
    @Autowired
    BudgetService budgets;
    @Autowired
    BudgetVoteService votes;
    @Autowired
    VotingCodeService codes;
    @Autowired
    BallotRepository ballots;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCodeVotesOnceAndASecondVoteWithItIsRefusedOnThePageWithoutBeingCounted() {
        long id = BudgetFixtures.smallVoting(budgets, "Eén keer stemmen");
        String code = codes.createBatch(VoteTarget.budget(id), 1, CodeBatch.Per.RESIDENT).getFirst().formatted();
        Http resident = new Http(port);

        HttpResponse<String> first = vote(resident, id, code, "1", "3");
        HttpResponse<String> second = vote(resident, id, code.toLowerCase().replace("-", " "), "2");

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/bedankt");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Met deze stemcode is al gestemd.");
        assertThat(ballots.ballots(id)).singleElement()
                .satisfies(b -> assertThat(b.projectCodes()).containsExactlyInAnyOrder("1", "3"));
    }

    @Test
    void anUnknownCodeAndACodeOfAnotherBudgetAreRefusedInDutchAndNothingIsCounted() {
        long id = BudgetFixtures.smallVoting(budgets, "Onbekende code");
        long other = BudgetFixtures.smallVoting(budgets, "Andere begroting");
        String otherCode = codes.createBatch(VoteTarget.budget(other), 1, CodeBatch.Per.HOUSEHOLD).getFirst()
                .formatted();

        assertThatThrownBy(() -> votes.castOnline(id, otherCode, List.of("1"), "198.51.100.20"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Deze stemcode kennen we niet");
        assertThatThrownBy(() -> votes.castOnline(id, "7KQ2-M9XD", List.of("1"), "198.51.100.20"))
                .hasMessageContaining("Een stemcode heeft 12 letters en cijfers");
        assertThat(ballots.ballots(id)).isEmpty();
        votes.castOnline(other, otherCode, List.of("2"), "198.51.100.20");
        assertThat(ballots.ballots(other)).hasSize(1);
    }

    @Test
    void afterTenWrongCodesFromOneAddressEvenAValidCodeFromThereIsRefusedButOtherAddressesVote() {
        long id = BudgetFixtures.smallVoting(budgets, "Raden");
        List<VotingCode> letters = codes.createBatch(VoteTarget.budget(id), 2, CodeBatch.Per.HOUSEHOLD);
        String guesser = "198.51.100.77";
        for (int i = 0; i < 10; i++) {
            String guess = String.format("7KQ2-M9XD-%04d", i);
            assertThatThrownBy(() -> votes.castOnline(id, guess, List.of("1"), guesser))
                    .hasMessageContaining("kennen we niet");
        }

        assertThatThrownBy(() -> votes.castOnline(id, letters.get(0).formatted(), List.of("1"), guesser))
                .hasMessageContaining("Er is te vaak een verkeerde stemcode geprobeerd")
                .hasMessageContaining("Uw stem is niet geteld.");
        assertThat(ballots.ballots(id)).isEmpty();
        votes.castOnline(id, letters.get(1).formatted(), List.of("1"), "198.51.100.78");
        assertThat(ballots.ballots(id)).hasSize(1);
    }

    @Test
    void aBallotTheRulesRefuseDoesNotUseTheCodeSoTheResidentCanTryAgain() {
        long id = BudgetFixtures.voting(budgets, BudgetFixtures.settings("Knapzak", 40_000, VotingMethod.KNAPSACK,
                RulePresets.GREEDY, List.of()), List.of(BudgetFixtures.project("1", "Bankjes", 12_500, null,
                List.of()), BudgetFixtures.project("2", "Speeltuin", 30_000, null, List.of())));
        String code = codes.createBatch(VoteTarget.budget(id), 1, CodeBatch.Per.RESIDENT).getFirst().formatted();

        assertThatThrownBy(() -> votes.castOnline(id, code, List.of("1", "2"), "198.51.100.30"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("projects"));
        votes.castOnline(id, code, List.of("2"), "198.51.100.30");

        assertThat(ballots.ballots(id)).singleElement()
                .satisfies(b -> assertThat(b.projectCodes()).containsExactly("2"));
    }

    @Test
    void staffEnterAPaperBallotWhichIsMarkedAsPaperWithWhoEnteredItAndItsCodeCannotVoteOnline() {
        long id = BudgetFixtures.smallVoting(budgets, "Papier");
        String code = codes.createBatch(VoteTarget.budget(id), 1, CodeBatch.Per.HOUSEHOLD).getFirst().formatted();
        Http griffie = new Http(port);
        griffie.login("griffie", "demo-griffie");
        String token = griffie.csrfToken("/participatie/begrotingen/" + id + "/papier");

        HttpResponse<String> entered = griffie.postForm("/participatie/begrotingen/" + id + "/papier",
                "code=" + code + "&projects=2&_csrf=" + token);

        assertThat(entered.statusCode()).isEqualTo(302);
        assertThat(votes.turnout(id)).containsEntry(Channel.PAPER, 1L).containsEntry(Channel.ONLINE, 0L);
        assertThat(jdbc.sql("select entered_by from budget_ballot where budget_id = ?").param(id)
                .query(String.class).single()).isEqualTo("griffie");
        assertThatThrownBy(() -> votes.castOnline(id, code, List.of("1"), "198.51.100.40"))
                .hasMessageContaining("Met deze stemcode is al gestemd.");
    }

    private static HttpResponse<String> vote(Http resident, long id, String code, String... projects) {
        String token = resident.csrfToken("/publiek/begrotingen/" + id + "/stemmen");
        StringBuilder form = new StringBuilder("code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        for (String project : projects) {
            form.append("&projects=").append(project);
        }
        return resident.postForm("/publiek/begrotingen/" + id + "/stemmen", form + "&_csrf=" + token);
    }
}
