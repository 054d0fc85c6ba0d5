package nl.stemwerk.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The beheerder creates a user; that user must choose a password first; the audit log shows it all. */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationIT {
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
    void aNewUserGetsAOneTimePasswordAndMustChooseTheirOwnBeforeAnythingElse() {
        Page admin = signIn("beheerder", "demo-beheerder");
        browser.assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer").setExact(true)).click();
        browser.assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruikers en rollen")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Gebruikers");
        browser.assertAccessible(admin);

        // first without a role: a Dutch error, nothing created
        admin.getByLabel("Gebruikersnaam").fill("jansen");
        admin.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Jan Jansen");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
        assertThat(admin.getByRole(AriaRole.ALERT)).containsText("Kies minstens één rol.");
        browser.assertAccessible(admin);

        admin.getByLabel("invoerder", new Page.GetByLabelOptions().setExact(true)).check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Gebruiker aangemaakt");
        String initialPassword = admin.getByTestId("initial-password").textContent().trim();
        assertThat(initialPassword).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        browser.assertAccessible(admin);

        Page newUser = signIn("jansen", initialPassword);
        assertThat(newUser).hasURL(Pattern.compile(".*/wachtwoord$"));
        assertThat(newUser.getByRole(AriaRole.STATUS)).containsText("Kies nu een eigen wachtwoord");
        browser.assertAccessible(newUser);
        newUser.navigate("/start");
        assertThat(newUser).hasURL(Pattern.compile(".*/wachtwoord$"));

        newUser.getByLabel("Huidig wachtwoord").fill(initialPassword);
        newUser.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("kort");
        newUser.getByLabel("Nieuw wachtwoord nog een keer").fill("kort");
        newUser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
        assertThat(newUser.getByRole(AriaRole.ALERT)).containsText("minstens 12 tekens");
        browser.assertAccessible(newUser);

        newUser.getByLabel("Huidig wachtwoord").fill(initialPassword);
        newUser.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("drie groene stembussen");
        newUser.getByLabel("Nieuw wachtwoord nog een keer").fill("drie groene stembussen");
        newUser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
        assertThat(newUser).hasURL(Pattern.compile(".*/start\\?wachtwoordGewijzigd$"));
        assertThat(newUser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welkom, Jan Jansen");
        browser.assertAccessible(newUser);

        admin.navigate("/beheer/auditlog?subject=jansen");
        assertThat(admin.locator("tbody")).containsText("gebruiker.aangemaakt");
        assertThat(admin.locator("tbody")).containsText("gebruiker.wachtwoord-gewijzigd");
        assertThat(admin.locator("tbody")).not().containsText("drie groene");
        browser.assertAccessible(admin);
        admin.navigate("/verkiezingen/stembureaus");
        assertThat(admin.locator("tbody tr")).hasCount(21);
        assertThat(admin.locator("tbody")).containsText("Dorpshuis De Hucht");
        browser.assertAccessible(admin);
    }

    private Page signIn(String username, String password) {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        browser.assertAccessible(page);
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        return page;
    }
}
