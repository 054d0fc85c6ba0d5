package nl.stemwerk.app.turnout;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The griffie in Chromium: the turnout of a demo municipality, its stations, the council report as PDF, the map with
 * its table, the CSV download, and a what-if where a station placed on the map changes a coverage figure. Every page
 * passes axe-core.
 */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TurnoutBrowserIT {
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

    /** Nijmegen GR2022: 54.1 %, with the even split of called voters over 78 stations explained. */
    @Test
    void theGriffieReadsNijmegensTurnoutItsStationsAndTheCouncilReport() throws IOException {
        Page page = signInAsGriffie();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opkomst per gemeente")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/opkomst/gemeenten$"));
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nijmegen").setExact(true)).first().click();
        assertThat(heading(page)).hasText("Opkomst in Nijmegen");
        assertThat(page.locator("main")).containsText("54,1%");
        assertThat(page.locator("main")).containsText("gelijk verdeeld over de 78 stembureaus");
        browser.assertAccessible(page);

        String report = pdfText(page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download het rapport (PDF)")).click()));
        assertThat(report).contains("Opkomst en stembureaus in Nijmegen").contains("Gemeenteraad Nijmegen 2022")
                .contains("54,1%");

        page.locator("main a[href*='/opkomst/GM0268/telling/']").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/opkomst/GM0268/telling/\\d+$"));
        assertThat(page.locator("main table tbody tr").first()).isVisible();
        browser.assertAccessible(page);
    }

    /**
     * Enschede by wijk: WK015300 has 0.35 stations per 1000 inhabitants (8 for 22,710). The map draws the wijken and
     * the stations, the table next to it has the same figures, and the table downloads as CSV.
     */
    @Test
    void theMapOfEnschedeHasTheSameFiguresInATableThatDownloadsAsCsv() throws IOException {
        Page page = signInAsGriffie();
        page.navigate("/opkomst/GM0153/gebieden?niveau=wijk");
        assertThat(heading(page)).containsText("Enschede");
        assertThat(page.locator("#kaart path.leaflet-interactive").first()).isVisible();
        assertThat(page.locator(".sw-legend")).containsText("Stembureaus per 1000");
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText("WK015300"));
        assertThat(row).containsText("0,35");
        assertThat(row).containsText("294 m");
        browser.assertAccessible(page);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Download .* als CSV$"))).first().click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFCode;Naam;").contains("WK015300;");
    }

    /** A station placed in the middle of Enschede's map adds a station to at least one buurt. */
    @Test
    void placingAStationOnTheMapChangesTheCoverageOfABuurt() {
        Page page = signInAsGriffie();
        page.navigate("/opkomst/GM0153/planning?niveau=buurt");
        assertThat(heading(page)).hasText("Planning van stembureaus in Enschede");
        assertThat(page.locator("#kaart path.leaflet-interactive").first()).isVisible();
        browser.assertAccessible(page);

        page.getByLabel("Naam van het stembureau").fill("Wijkcentrum proef");
        page.locator("#kaart").click();
        assertThat(page.locator("#plek1-lat")).not().hasValue("");
        assertThat(page.locator("#plek1-lon")).not().hasValue("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reken uit wat dit verandert")).click();

        Locator changes = page.locator("#wat-als-resultaat table tbody tr");
        assertThat(changes.first()).isVisible();
        assertThat(page.locator("#wat-als-resultaat")).containsText("Wat verandert er met Wijkcentrum proef");
        List<String> first = changes.first().locator("th, td").allInnerTexts();
        // columns: code, name, stations now, stations then, per 1000 now, per 1000 then, distance now, then, change
        assertThat(List.of(first.get(2), first.get(4), first.get(6)))
                .isNotEqualTo(List.of(first.get(3), first.get(5), first.get(7)));
        browser.assertAccessible(page);
    }

    /** The pages this class does not use above still pass axe: import, accessibility, and two elections compared. */
    @Test
    void theImportTheAccessibilityAndTheComparisonPagesPassAxe() {
        Page page = signInAsGriffie();
        page.navigate("/opkomst/importeren");
        assertThat(heading(page)).hasText("Opkomstbestanden importeren");
        browser.assertAccessible(page);

        page.navigate("/opkomst/GM0153");
        assertThat(page.locator("main")).containsText("Er is nog geen telling van deze gemeente");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toegankelijkheid").setExact(true)).click();
        assertThat(heading(page)).hasText("Toegankelijkheid van stembureaus in Enschede");
        browser.assertAccessible(page);

        // West Maas en Waal has two counts (GR2022 and TK2025): the page compares the latest two by default
        page.navigate("/opkomst/GM0668/vergelijking");
        assertThat(heading(page)).hasText("Twee verkiezingen vergelijken in West Maas en Waal");
        browser.assertAccessible(page);
    }

    private Page signInAsGriffie() {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        browser.assertAccessible(page);
        page.getByLabel("Gebruikersnaam").fill("griffie");
        page.getByLabel("Wachtwoord").fill("demo-griffie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/start$"));
        browser.assertAccessible(page);
        return page;
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static String pdfText(Download download) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
