package nl.stemwerk.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.stream.Stream;
import nl.stemwerk.app.platform.demo.DemoAccounts;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a user does first: log in with any role and land on the start page that fits it, accessible to all. */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAndStartPagesIT {
    private static final java.util.ResourceBundle PLATFORM_TEXTS = java.util.ResourceBundle.getBundle("i18n/platform");

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

    static Stream<DemoAccounts.Account> accounts() {
        return DemoAccounts.ACCOUNTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void everyDemoRoleLandsOnItsOwnStartPage(DemoAccounts.Account account) {
        Page page = browser.newPage();
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inloggen$"));
        browser.assertAccessible(page);

        page.getByLabel("Gebruikersnaam").fill(account.username());
        page.getByLabel("Wachtwoord").fill(account.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/start$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welkom, " + account.displayName());
        var role = account.roles().iterator().next();
        assertThat(page.locator("main")).containsText(PLATFORM_TEXTS.getString("start.role." + role.name()));
        assertThat(page.getByText("Ingelogd als " + account.displayName() + " (" + role.label() + ")")).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))).isVisible();
        browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void everySectionPageSaysWhatItHoldsAndWhatWillCome() {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        page.getByLabel("Gebruikersnaam").fill("griffie");
        page.getByLabel("Wachtwoord").fill("demo-griffie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/start$"));
        browser.assertAccessible(page);
        for (String section : new String[] {"Verkiezingen", "Opkomst", "Participatie", "Kennisbank"}) {
            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(section).setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(section);
            if (!section.equals("Kennisbank")) { // the kennisbank is built: its home lists its topics instead
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("volgende versie");
            }
            browser.assertAccessible(page);
        }
        page.context().close();
    }

    @Test
    void aWrongPasswordGivesADutchMessageAndNoHintWhetherTheAccountExists() {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        page.getByLabel("Gebruikersnaam").fill("beheerder");
        page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.");
        browser.assertAccessible(page);
        String forExistingUser = page.getByRole(AriaRole.ALERT).textContent();

        page.getByLabel("Gebruikersnaam").fill("bestaat-niet");
        page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(forExistingUser);
        page.context().close();
    }

    @Test
    void loginWorksWithTheKeyboardAloneAndTheSkipLinkLeadsToTheContent() {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        // the login page puts the cursor in the user name field; nothing but typing, Tab and Enter
        assertThat(page.locator(":focus")).hasAttribute("id", "username");
        page.keyboard().type("raadpleger");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("id", "password");
        page.keyboard().type("demo-raadpleger");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/start$"));

        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Naar de inhoud");
        page.keyboard().press("Enter");
        assertThat(page.locator(":focus")).hasAttribute("id", "inhoud");
        browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void unknownPagesAndForbiddenPagesAreDutchAndShowNoStackTrace() {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        page.getByLabel("Gebruikersnaam").fill("invoerder1");
        page.getByLabel("Wachtwoord").fill("demo-invoerder1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/start$"));
        browser.assertAccessible(page);

        var notFound = page.navigate("/bestaat/niet");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Pagina niet gevonden");
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("at nl.stemwerk");
        browser.assertAccessible(page);

        var forbidden = page.navigate("/beheer/gebruikers");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geen toegang");
        browser.assertAccessible(page);
        page.context().close();
    }
}
