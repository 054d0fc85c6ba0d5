package nl.stemwerk.app.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The griffie sets up a burgerbegroting through the pages: settings, areas and categories with caps, phases. */
@StemwerkSpringTest
class BudgetSetupIT {
    @LocalServerPort
    int port;
    @Autowired
    BudgetService budgets;

    @Test
    void theGriffieCreatesABudgetWithCapsAndTheRuleGetsTheCapsAdded() {
        Http http = signedIn("griffie");
        String token = http.csrfToken("/participatie/begrotingen");
        Map<String, String> form = form("Burgerbegroting Maas en Waal 2026", "250.000");
        form.put("areas", "Dreumel; 60.000\nWamel\nBeneden-Leeuwen; 80.000,50");
        form.put("categories", "Groen\nSpelen; 100.000");

        HttpResponse<String> created = http.postForm("/participatie/begrotingen", encode(form, token));

        assertThat(created.statusCode()).isEqualTo(302);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        Budget budget = budgets.get(id);
        assertThat(budget.phase()).isEqualTo(BudgetPhase.PREPARATION);
        assertThat(budget.amount().cents()).isEqualTo(25_000_000L);
        assertThat(budget.areas()).extracting(BudgetGroup::name).containsExactly("Dreumel", "Wamel", "Beneden-Leeuwen");
        assertThat(budget.areas().get(2).cap().cents()).isEqualTo(8_000_050L);
        assertThat(budget.variant().id())
                .isEqualTo("mes/cost/add1-integral/exhaustive-stop/then-greedy/caps-category+neighbourhood/v1");
        assertThat(http.get("/participatie/begrotingen/" + id).body()).contains("Voorbereiding")
                .contains("href=\"/participatie/begrotingen/" + id + "/projecten\"")
                .contains("href=\"/participatie/begrotingen/" + id + "\"")
                .contains("mes/cost/add1-integral/exhaustive-stop/then-greedy/caps-category+neighbourhood/v1");
    }

    @Test
    void anAmountWithADotAndTwoDecimalsIsRefusedWithADutchHintAndNothingIsStored() {
        Http http = signedIn("griffie");
        String token = http.csrfToken("/participatie/begrotingen");
        int before = budgets.list().size();

        HttpResponse<String> refused = http.postForm("/participatie/begrotingen",
                encode(form("Te weinig", "12.50"), token));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("&#39;12.50&#39; is geen bedrag in euro&#39;s.");
        assertThat(budgets.list()).hasSize(before);
    }

    @Test
    void votingOpensOnlyWithProjectsAndSettingsFreezeOnceItHas() {
        long id = budgets.create(BudgetFixtures.settings("Fasen", 50_000, VotingMethod.KNAPSACK,
                RulePresets.GREEDY, java.util.List.of()));
        Http http = signedIn("griffie");
        String token = http.csrfToken("/participatie/begrotingen/" + id);
        http.postForm("/participatie/begrotingen/" + id + "/fase",
                "version=" + budgets.get(id).version() + "&action=SKIP_SUBMISSION&_csrf=" + token);

        HttpResponse<String> tooEarly = http.postForm("/participatie/begrotingen/" + id + "/fase",
                "version=" + budgets.get(id).version() + "&action=OPEN_VOTING&_csrf=" + token);
        assertThat(tooEarly.body()).contains("Lees eerst minstens twee projecten in.");
        assertThat(budgets.get(id).phase()).isEqualTo(BudgetPhase.REVIEW);

        budgets.replaceProjects(id, java.util.List.of(BudgetFixtures.project("a", "Bankjes", 5_000, null,
                java.util.List.of()), BudgetFixtures.project("b", "Bomen", 9_000, null, java.util.List.of())), "test");
        assertThat(http.postForm("/participatie/begrotingen/" + id + "/fase", "version=" + budgets.get(id).version()
                + "&action=OPEN_VOTING&_csrf=" + token).statusCode()).isEqualTo(302);
        assertThat(budgets.get(id).phase()).isEqualTo(BudgetPhase.VOTING);

        HttpResponse<String> frozen = http.postForm("/participatie/begrotingen/" + id + "/instellingen",
                encode(form("Fasen", "60.000"), token) + "&version=" + budgets.get(id).version());
        assertThat(frozen.body()).contains("Het stemmen is al begonnen.");
        assertThat(budgets.get(id).amount().cents()).isEqualTo(5_000_000L);
    }

    @Test
    void aBudgetInPreparationDoesNotExistForResidentsAndOtherRolesMayNotSetUp() {
        long id = budgets.create(BudgetFixtures.settings("Geheim", 10_000, VotingMethod.APPROVAL,
                RulePresets.GREEDY, java.util.List.of()));

        assertThat(new Http(port).get("/publiek/begrotingen/" + id).statusCode()).isEqualTo(404);
        assertThat(signedIn("raadpleger").get("/participatie/begrotingen/" + id).statusCode()).isEqualTo(403);
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        http.login(user, "demo-" + user);
        return http;
    }

    static Map<String, String> form(String name, String amount) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("description", "");
        form.put("amount", amount);
        form.put("method", "APPROVAL");
        form.put("minProjects", "1");
        form.put("maxProjects", "");
        form.put("ruleId", RulePresets.EQUAL_SHARES);
        return form;
    }

    static String encode(Map<String, String> form, String token) {
        return form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&")) + "&_csrf=" + token;
    }
}
