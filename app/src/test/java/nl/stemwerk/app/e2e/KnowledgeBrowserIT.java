package nl.stemwerk.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.stemwerk.app.knowledge.checklist.ChecklistService;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The kennisbank in a real browser, one lean flow: search from the header (with a typo and an abbreviation), an
 * article and its diff, ticking off a task, a desk question answered with the notification, and an editor's save.
 * Every page shown is checked with axe.
 */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeBrowserIT {
    private static final String QUESTION = "Moeten de stembiljetten na de telling in een verzegelde doos?";

    @LocalServerPort
    int port;
    @Autowired
    ChecklistService checklists;
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aTeamMemberSearchesReadsTicksOffAndAsksAndTheExpertAnswersAndTheEditorSaves() {
        Page member = signIn("invoerder2");

        search(member, "stempas kwyt");
        assertThat(member.locator("main a[href='/kennisbank/artikelen/stempas']").first()).isVisible();
        search(member, "hoeveel OV's nieuwe partij");
        assertThat(member.locator("main a[href*='ondersteuningsverklaringen']").first()).isVisible();

        member.navigate("/kennisbank/artikelen/zitting-gemeentelijk-stembureau");
        browser.assertAccessible(member);
        assertThat(member.locator("main")).containsText("Kieswet art. E 7");
        member.getByLabel("Van", new Page.GetByLabelOptions().setExact(true)).selectOption("GR2022");
        member.getByLabel("Naar", new Page.GetByLabelOptions().setExact(true)).selectOption("GR2026");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Laat de verschillen zien")).click();
        assertThat(member.locator("main ins").first()).isVisible();
        browser.assertAccessible(member);

        long list = checklists.instances().stream().filter(i -> i.electionId() != null).findFirst().orElseThrow().id();
        member.navigate("/kennisbank/takenlijsten/" + list);
        browser.assertAccessible(member);
        member.locator("button[value=complete]").first().click();
        assertThat(member.locator("main")).containsText("door Ine Invoerder");
        browser.assertAccessible(member);

        member.navigate("/kennisbank/informatiepunt");
        browser.assertAccessible(member);
        member.getByLabel("Uw vraag, in één zin").fill(QUESTION);
        member.getByLabel("Onderwerp").selectOption("COUNT");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag versturen")).click();
        assertThat(member.locator("main")).containsText("Uw vraag is verstuurd.");
        browser.assertAccessible(member);

        Page expert = signIn("kennisbeheerder");
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Meldingen"))).first()
                .click();
        browser.assertAccessible(expert);
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe vraag: " + QUESTION)).click();
        browser.assertAccessible(expert);
        expert.getByLabel("Antwoord (Markdown)").fill("Ja. Sluit de doos en zet er een **zegel** op.");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord opslaan en het team melden"))
                .click();
        assertThat(expert.locator("main strong").getByText("zegel")).isVisible();
        browser.assertAccessible(expert);

        member.navigate("/kennisbank/meldingen");
        assertThat(member.locator("main")).containsText("Antwoord: " + QUESTION);
        browser.assertAccessible(member);

        expert.navigate("/kennisbank/artikelen/stempas");
        browser.assertAccessible(expert);
        expert.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bewerken")).click();
        browser.assertAccessible(expert);
        Locator body = expert.getByLabel("Tekst (Markdown)");
        body.fill(body.inputValue() + "\n\nVraag bij twijfel het informatiepunt om hulp.\n");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorbeeld bijwerken")).click();
        assertThat(expert.locator("#voorbeeld")).containsText("Vraag bij twijfel het informatiepunt om hulp.");
        expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(expert.locator("main article")).containsText("Vraag bij twijfel het informatiepunt om hulp.");
        assertThat(expert.locator("main")).containsText("Karin Kennis op ");
        browser.assertAccessible(expert);
    }

    private void search(Page page, String query) {
        page.locator("#sw-zoekvak").fill(query);
        page.locator("#sw-zoekvak").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/kennisbank/zoeken\\?q=.*"));
        browser.assertAccessible(page);
    }

    private Page signIn(String username) {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        browser.assertAccessible(page);
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill("demo-" + username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/start$"));
        browser.assertAccessible(page);
        return page;
    }
}
