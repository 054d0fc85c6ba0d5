package nl.stemwerk.app.election.importedcount;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.EmlSamples;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The imported count's pages in Chromium, each checked with axe-core: results, upload, a refused file, preview. */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportedCountPagesIT {
    @LocalServerPort
    int port;

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
    void theBeheerderSeesTheCountFromTheFileReadsAnotherAndStopsBeforeStoringIt() {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        browser.assertAccessible(page);
        page.getByLabel("Gebruikersnaam").fill("beheerder");
        page.getByLabel("Wachtwoord").fill("demo-beheerder");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        browser.assertAccessible(page);
        page.navigate("/verkiezingen/uitslag");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeenteraad West Maas en Waal 2022")).click();
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Telling uit een bestand (EML 510b)"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Telling uit een bestand: Gemeenteraad West Maas en Waal 2022");
        assertThat(page.getByText("Geldige stemmen op lijsten: 9.350")).isVisible();
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een telling inlezen uit een EML-bestand"))
                .click();
        browser.assertAccessible(page);
        page.getByLabel("Telling (EML 510b)").setInputFiles(EmlSamples.juinenDefinition());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand inlezen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("verkiezingsdefinitie");
        browser.assertAccessible(page);

        page.getByLabel("Telling (EML 510b)").setInputFiles(EmlSamples.westMaasEnWaalCount());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand inlezen")).click();
        assertThat(page.getByText("Het heeft tellingen van 21 van de 21 stembureaus.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stoppen en niets opslaan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Telling uit een bestand: Gemeenteraad West Maas en Waal 2022");
        browser.assertAccessible(page);
    }
}
