package nl.stemwerk.app.election.importing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.EmlSamples;
import nl.stemwerk.app.support.FreshInstallation;
import nl.stemwerk.app.users.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality installs Stemwerk and its beheerder imports the election with the wizard, in Chromium: the Juinen
 * sample files (110a, 230b, 110b) and their paper list of hash codes, a wrong code first, then the right ones. Every
 * page is checked with axe-core.
 */
@FreshInstallation
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportWizardIT {
    private static final String PASSWORD = "drie groene stembussen";
    private static final Page.GetByTextOptions EXACT = new Page.GetByTextOptions().setExact(true);
    private static final Pattern GROUP = Pattern.compile("Groep (\\d+) van de 16");

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeAll
    void installation() {
        users.createWithPassword("bea", "Bea Beheerder", EnumSet.of(Role.BEHEERDER), PASSWORD, false);
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theBeheerderImportsJuinenFileByFileCheckingEachCodeAgainstThePaperList() {
        Map<String, List<String>> paperList = EmlSamples.juinenPaperList();
        Page page = signIn();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verkiezing importeren (EML)")).first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Verkiezing importeren");
        browser.assertAccessible(page);

        read(page, "Verkiezingsdefinitie (EML 110a)", EmlSamples.juinenDefinition());
        assertThat(page.getByText("Verkiezing: Gemeenteraad 2025 Juinen (GR2025_Juinen)")).isVisible();
        assertThat(page.getByText("Zetels: 45", EXACT)).isVisible();
        assertThat(page.getByText("Stemwerk heeft nog geen gemeente. Als u deze import bevestigt, wordt Stemwerk"
                + " ingericht voor Juinen (GM0042).")).isVisible();
        browser.assertAccessible(page);

        typeCode(page, List.of("0000", "0000"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("De code klopt niet.");
        browser.assertAccessible(page);
        typeCode(page, paperList.get("eml110a_verkiezingsdefinitie-juinen.eml.xml"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kandidatenlijsten inlezen")))
                .isVisible();
        browser.assertAccessible(page);

        read(page, "Kandidatenlijsten (EML 230b)", EmlSamples.juinenCandidates());
        assertThat(page.getByText("De kandidatenlijsten horen bij dezelfde verkiezing als de verkiezingsdefinitie"
                + " (GR2025_Juinen, 29 augustus 2025).")).isVisible();
        browser.assertAccessible(page);
        typeCode(page, paperList.get("eml230b_kandidatenlijsten-juinen.eml.xml"));
        browser.assertAccessible(page);

        read(page, "Stembureaus (EML 110b)", EmlSamples.juinenStations());
        assertThat(page.getByText("Stembureaus: 3", EXACT)).isVisible();
        assertThat(page.getByText("Met deze import wordt Stemwerk ingericht voor gemeente Juinen (GM0042).")).isVisible();
        browser.assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from election").query(Long.class).single()).isZero();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Decentrale stemopneming")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verkiezing opslaan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Gemeenteraad 2025 Juinen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De verkiezing is geïmporteerd.");
        assertThat(page.getByText("3 stembureaus", EXACT)).isVisible();
        browser.assertAccessible(page);

        assertThat(jdbc.sql("select counting_method from election").query(String.class).single()).isEqualTo("DSO");
        assertThat(jdbc.sql("select cbs_code from municipality where is_home").query(String.class).single())
                .isEqualTo("GM0042");
        assertThat(jdbc.sql("select message_type || ' ' || sha256 from eml_file order by id").query(String.class)
                .list()).containsExactly(
                "110a " + String.join("", paperList.get("eml110a_verkiezingsdefinitie-juinen.eml.xml")),
                "230b " + String.join("", paperList.get("eml230b_kandidatenlijsten-juinen.eml.xml")),
                "110b " + jdbc.sql("select sha256 from eml_file where message_type = '110b'").query(String.class)
                        .single());
        assertThat(jdbc.sql("select actor from audit_log where action = 'verkiezing.geimporteerd'")
                .query(String.class).list()).containsExactly("bea");
    }

    private Page signIn() {
        return browser.signIn("bea", PASSWORD);
    }

    private static void read(Page page, String label, Path file) {
        page.getByLabel(label).setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand inlezen")).click();
    }

    /** Types the two blank groups the page asks for, taken from the paper list. */
    private static void typeCode(Page page, List<String> paperGroups) {
        for (String field : List.of("eersteGroep", "tweedeGroep")) {
            String label = page.locator("label[for=" + field + "]").textContent();
            Matcher group = GROUP.matcher(label);
            if (!group.find()) {
                throw new AssertionError("label without group number: " + label);
            }
            page.locator("#" + field).fill(paperGroups.size() == 2 ? paperGroups.get(field.equals("eersteGroep") ? 0 : 1)
                    : paperGroups.get(Integer.parseInt(group.group(1)) - 1));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code controleren")).click();
    }
}
