package nl.stemwerk.app.sortition.draw;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.stemwerk.app.sortition.AssemblyFixtures;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public meeting in the browser, on example_small_20: the griffie draws the panel with dice on the draw page and
 * shows it on the projector, records one withdrawal, publishes the replacement lottery and draws the replacement.
 * axe-core checks every page.
 */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDrawBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    AssemblyService assemblies;

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
    void theGriffieDrawsThePanelInPublicAndReplacesAMemberWhoWithdrew() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Burgerberaad wonen");
        String hash = assemblies.get(id).resultHash().orElseThrow();
        Page page = signIn();

        page.navigate("/participatie/burgerberaden/" + id);
        browser.assertAccessible(page);
        page.locator("#openbare-trekking").click();
        assertThat(page.locator("#hash")).hasText(hash);
        browser.assertAccessible(page);
        page.getByLabel("Met dobbelstenen, in het openbaar gegooid").check();
        page.getByLabel("Openbaar lotnummer").fill("6 2 5 1 4 3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Panel trekken")).click();

        assertThat(page).hasURL(Pattern.compile(".*/trekking/beamer$"));
        assertThat(page.locator("#beamer-lotnummer")).containsText("Lotnummer: 625143 (met dobbelstenen)");
        assertThat(page.locator("#beamer-leden li")).hasCount(20);
        browser.assertAccessible(page);

        page.navigate("/participatie/burgerberaden/" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terugtrekking en vervanging")).click();
        browser.assertAccessible(page);
        String leaving = page.getByLabel("Aanmeldnummer van het lid").inputValue();
        page.getByLabel("Reden").selectOption("NO_TIME");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugtrekking vastleggen")).click();
        assertThat(page.locator("#te-vervangen li")).hasText(leaving);
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vervangingsloting berekenen")).click();
        assertThat(page.locator("#kansen-vervanging")).isVisible();
        assertThat(page.locator("table tbody tr")).hasCount(180);
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de trekking van de vervangers"))
                .click();
        browser.assertAccessible(page);
        page.getByLabel("Een lotnummer dat van tevoren is aangekondigd (bijvoorbeeld van een loterij)").check();
        page.getByLabel("Openbaar lotnummer").fill("9 1 2 8 3 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vervangers trekken")).click();

        assertThat(page.locator("#getrokken")).hasText("Vervanging, ronde 1");
        assertThat(page.locator("#beamer-leden li")).hasCount(20);
        assertThat(page.locator("#beamer-leden li.sw-projector__new")).hasCount(1);
        assertThat(page.locator("#beamer-leden li").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + leaving + "\\s*$")))).hasCount(0);
        browser.assertAccessible(page);
    }

    private Page signIn() {
        return browser.signIn("griffie", "demo-griffie");
    }
}
