package nl.stemwerk.app.sortition.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.SharedData;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One burgerberaad in the browser on example_small_20 (Flanigan et al. 2021: 200 volunteers, 20 seats): the griffie
 * uploads the files, starts the LEXIMIN run and sees its progress until the lottery (everyone 0,1) and the LEGACY
 * comparison appear, draws with a public seed and downloads the panel.
 * axe-core checks every page; every step is in the audit log.
 */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SortitionBrowserIT {
    private static final String SMALL = "data/sortition/example_small_20/";
    private static final LocatorAssertions.HasTextOptions COMPUTING =
            new LocatorAssertions.HasTextOptions().setTimeout(120_000);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

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
    void theGriffieUploadsComputesDrawsWithAPublicSeedAndDownloadsThePanel() throws IOException {
        Page page = signIn();
        page.navigate("/participatie");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Burgerberaden")))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/participatie/burgerberaden$"));
        browser.assertAccessible(page);
        page.getByLabel("Naam").fill("Burgerberaad klimaat");
        page.getByLabel("Aantal leden van het panel").fill("20");
        page.getByLabel("Bestand met quota").setInputFiles(file("categories.csv"));
        page.getByLabel("Bestand met aanmeldingen").setInputFiles(file("respondents.csv"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Burgerberaad aanmaken")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Burgerberaad klimaat");
        browser.assertAccessible(page);
        long id = Long.parseLong(page.url().replaceAll(".*/", ""));

        page.getByLabel("Methode").selectOption("LEXIMIN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Loting berekenen")).click();
        assertThat(page.locator("progress")).isVisible();
        browser.assertAccessible(page);
        // htmx polls the progress and reloads the page when the run has ended
        assertThat(page.locator("#eerlijkheid dd").nth(1)).hasText("0,100000", COMPUTING);
        assertThat(page.locator("#eerlijkheid dd").nth(2)).hasText("0,100000");
        assertThat(page.locator("#berekening progress")).hasAttribute("value", "100");
        assertThat(page.locator("#berekening-stand")).containsText("Klaar");
        assertThat(page.locator("#kansen-tabel + thead + tbody tr")).hasCount(200);
        assertThat(page.locator("canvas[data-chart]")).isVisible();
        assertThat(page.locator("#vergelijking tbody tr").first().locator("td").first()).hasText("0,100000");
        assertThat(page.locator("#grafiek-tabel + thead + tbody tr")).hasCount(200);
        browser.assertAccessible(page);

        page.locator("#openbare-trekking").click();
        browser.assertAccessible(page);
        page.getByLabel("Met dobbelstenen, in het openbaar gegooid").check();
        page.getByLabel("Openbaar lotnummer").fill("4 8 1 5 1 6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Panel trekken")).click();
        browser.assertAccessible(page);
        page.navigate("/participatie/burgerberaden/" + id);
        assertThat(page.locator("#getrokken")).hasText(Pattern.compile(
                "Getrokken met lotnummer 481516: lot [\\d.]+\\. Het panel heeft 20 leden\\."));
        assertThat(page.locator("#leden li")).hasCount(20);
        browser.assertAccessible(page);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Panel downloaden als CSV")).click());
        List<String> csv = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.getFirst()).isEqualTo("id,gender,leaning");
        assertThat(csv).hasSize(21);
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by sequence")
                .param(AssemblyService.subject(id)).query(String.class).list())
                .containsExactly("burgerberaad.aangemaakt", "burgerberaad.berekening-gestart",
                        "burgerberaad.berekening-begonnen", "burgerberaad.loting-berekend", "burgerberaad.getrokken");
    }

    private static FilePayload file(String name) {
        return new FilePayload(name, "text/csv", SharedData.text(SMALL + name).getBytes(StandardCharsets.UTF_8));
    }

    private Page signIn() {
        return browser.signIn("griffie", "demo-griffie");
    }
}
