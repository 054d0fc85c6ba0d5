package nl.stemwerk.app.budget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import nl.stemwerk.app.budget.votingcode.CodeBatch;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VotingCode;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One burgerbegroting from set-up to result in the browser: the griffie sets it up, a resident votes on a phone with
 * only the keyboard, a reused code is refused, the griffie closes, draws the lot, counts and publishes, and the result
 * page explains. axe-core checks every page; also the demo's published result.
 */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetBrowserIT {
    private static final String PROJECTS = """
            nummer;naam;kosten;omschrijving
            1;Bankjes langs de dijk;12.500;Vijf bankjes op de dijk.
            2;Speeltuin Dreumel;30.000;Nieuwe schommels en een klimrek.
            3;Bloemrijke bermen;20.000;Bermen inzaaien met bloemen.
            """;

    @LocalServerPort
    int port;
    @Autowired
    VotingCodeService codes;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theGriffieSetsUpAResidentVotesWithTheKeyboardOnAPhoneAndTheResultExplainsItself() {
        Page griffie = signIn();
        long id = setUp(griffie);
        List<VotingCode> letters = codes.createBatch(VoteTarget.budget(id), 2, CodeBatch.Per.HOUSEHOLD);

        Page resident = phone();
        resident.navigate("/publiek/begrotingen/" + id + "/stemmen");
        browser.assertAccessible(resident);
        voteWithKeyboard(resident, letters.getFirst().formatted(), "Bankjes langs de dijk", "Speeltuin Dreumel");
        assertThat(resident.locator("#keuze")).hasText(Pattern.compile(
                "U heeft voor €\\s42\\.500 gekozen van de €\\s50\\.000\\. Er is nog €\\s7\\.500 over\\."));
        resident.keyboard().press("Enter");
        assertThat(resident).hasURL(Pattern.compile(".*/bedankt$"));
        assertThat(resident.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Dank u wel");
        browser.assertAccessible(resident);

        Page again = phone();
        again.navigate("/publiek/begrotingen/" + id + "/stemmen");
        voteWithKeyboard(again, letters.getFirst().formatted(), "Bloemrijke bermen");
        again.keyboard().press("Enter");
        assertThat(again.locator("#code-fout")).containsText("Met deze stemcode is al gestemd.");
        assertThat(again.getByLabel("Uw stemcode")).hasValue(letters.getFirst().formatted());
        browser.assertAccessible(again);

        again.navigate("/publiek/begrotingen/" + id + "/uitslag");
        assertThat(again.locator("main")).containsText("De uitslag is nog niet bekend");
        browser.assertAccessible(again);

        closeCountAndPublish(griffie, id);

        again.navigate("/publiek/begrotingen/" + id + "/uitslag");
        Locator main = again.locator("main");
        assertThat(main).containsText("Gekozen projecten (2)");
        assertThat(main).containsText("Gekozen in ronde 1.");
        assertThat(again.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(
                "Bloemrijke bermen.*Niet gekozen")))).hasCount(1);
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Alle stemmen en projecten (.pb-bestand)"))).isVisible();
        browser.assertAccessible(again);
    }

    @Test
    void theDemoShowsABudgetInVotingThePublishedResultOfDreumelAndAPreferendum() {
        Page resident = phone();
        resident.navigate("/publiek/begrotingen");
        assertThat(resident.locator("main")).containsText("Burgerbegroting West Maas en Waal 2026");
        browser.assertAccessible(resident);
        resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dorpsbudget Dreumel 2025")).click();
        browser.assertAccessible(resident);
        resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk de uitslag")).click();
        assertThat(resident.locator("main")).containsText("Er zijn 180 stemmen geteld");
        assertThat(resident.locator("main canvas")).hasCount(1);
        browser.assertAccessible(resident);

        resident.navigate("/publiek/preferenda");
        browser.assertAccessible(resident);
        resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("oude postkantoor")))
                .click();
        assertThat(resident.getByRole(AriaRole.RADIO)).hasCount(4 * 6);
        browser.assertAccessible(resident);
    }

    private long setUp(Page griffie) {
        griffie.navigate("/participatie/begrotingen");
        browser.assertAccessible(griffie);
        griffie.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Dorpsbudget Browser");
        griffie.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("50.000");
        griffie.getByLabel("Binnen het budget").check();
        griffie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Burgerbegroting aanmaken")).click();
        assertThat(griffie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Dorpsbudget Browser");
        browser.assertAccessible(griffie);
        long id = Long.parseLong(griffie.url().replaceAll(".*/(\\d+).*", "$1"));

        griffie.navigate("/participatie/begrotingen/" + id + "/projecten");
        browser.assertAccessible(griffie);
        griffie.getByLabel("Bestand met projecten").setInputFiles(new FilePayload("projecten.csv", "text/csv",
                "nummer;naam;kosten\n1;Bankjes;veel\n".getBytes(StandardCharsets.UTF_8)));
        griffie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Projecten inlezen")).click();
        assertThat(griffie.locator("main")).containsText("Regel 2: ");
        browser.assertAccessible(griffie);
        griffie.getByLabel("Bestand met projecten").setInputFiles(new FilePayload("projecten.csv", "text/csv",
                PROJECTS.getBytes(StandardCharsets.UTF_8)));
        griffie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Projecten inlezen")).click();
        assertThat(griffie.locator("main")).containsText("3 projecten ingelezen.");
        browser.assertAccessible(griffie);

        griffie.navigate("/participatie/begrotingen/" + id);
        phase(griffie, "Zonder indienen verder: haalbaarheid toetsen");
        phase(griffie, "Stemmen openen");
        return id;
    }

    private void closeCountAndPublish(Page griffie, long id) {
        griffie.navigate("/participatie/begrotingen/" + id);
        phase(griffie, "Stemmen sluiten");
        griffie.navigate("/participatie/begrotingen/" + id + "/telling");
        browser.assertAccessible(griffie);
        griffie.getByLabel("Seed van de loting").fill("3-5-1-2-6");
        griffie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Loting vastleggen")).click();
        assertThat(griffie.locator("main")).containsText("Geloot met seed '3-5-1-2-6' door griffie");
        browser.assertAccessible(griffie);
        griffie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stemmen tellen")).click();
        assertThat(griffie.locator("main")).containsText("Geteld door griffie");
        browser.assertAccessible(griffie);
        griffie.navigate("/participatie/begrotingen/" + id);
        phase(griffie, "Uitslag bekendmaken");
    }

    private void phase(Page griffie, String action) {
        browser.assertAccessible(griffie);
        griffie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action)).click();
        assertThat(griffie.getByRole(AriaRole.STATUS)).containsText("De fase is nu:");
        browser.assertAccessible(griffie);
    }

    /** Types the code and ticks the projects with Tab focus and the space bar only; focus ends in the code field. */
    private static void voteWithKeyboard(Page resident, String code, String... projects) {
        for (String project : projects) {
            Locator box = resident.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(project));
            box.focus();
            resident.keyboard().press("Space");
            assertThat(box).isChecked();
        }
        resident.getByLabel("Uw stemcode").focus();
        resident.keyboard().type(code);
    }

    private Page phone() {
        Page page = browser.newPage();
        page.setViewportSize(360, 740);
        return page;
    }

    private Page signIn() {
        return browser.signIn("griffie", "demo-griffie");
    }
}
