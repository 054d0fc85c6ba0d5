package nl.stemwerk.app.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (its own browser download cannot work here), with an axe-core check for
 * every page a test visits. One browser per test class; a fresh context (cookies, storage) per {@link #newPage()}.
 */
public final class Browser implements AutoCloseable {
    /** WCAG 2.2 AA and everything below it. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String AXE = loadAxe();

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;
    private final List<String> checkedPages = new ArrayList<>();
    private final java.util.Set<String> visitedPages = new java.util.LinkedHashSet<>();

    public Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("STEMWERK_CHROMIUM", "/usr/bin/chromium");
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync")));
    }

    /** A new, signed-out page (own cookies). The axe script is injected by the test, so CSP may stay strict for the app. */
    public Page newPage() {
        Page page = chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("nl-NL").setBypassCSP(true))
                .newPage();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                synchronized (visitedPages) {
                    visitedPages.add(frame.url());
                }
            }
        });
        return page;
    }

    /** A new page signed in through the login form, the form and the page after it checked with axe. */
    public Page signIn(String user, String password) {
        Page page = newPage();
        page.navigate("/inloggen");
        assertAccessible(page);
        page.getByLabel("Gebruikersnaam").fill(user);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertAccessible(page);
        return page;
    }

    /**
     * Runs axe-core on the page as it is now and fails with a readable list when it finds any WCAG 2.2 AA violation.
     */
    @SuppressWarnings("unchecked")
    public void assertAccessible(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        Object result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
                + ".then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))", WCAG_TAGS);
        List<String> violations = (List<String>) result;
        synchronized (visitedPages) {
            checkedPages.add(page.url());
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core finds WCAG 2.2 AA violations on " + page.url() + ":\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** Every URL checked by axe in this browser, so a test can prove it checked the pages it visited. */
    public List<String> checkedPages() {
        return List.copyOf(checkedPages);
    }

    /**
     * Closes the browser and fails if a page was shown without an axe-core check: every page a test visits must be
     * checked. (A page that only redirects is never shown, so it is not counted.)
     */
    @Override
    public void close() {
        chromium.close();
        playwright.close();
        List<String> unchecked;
        synchronized (visitedPages) {
            unchecked = visitedPages.stream().filter(url -> !url.startsWith("about:") && !checkedPages.contains(url)).toList();
        }
        if (!unchecked.isEmpty()) {
            throw new AssertionError("pages visited without an axe-core check (call assertAccessible):\n  "
                    + String.join("\n  ", unchecked));
        }
    }

    private static String loadAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/vendor/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js missing: run web/vendor.sh");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
