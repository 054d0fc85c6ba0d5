package nl.stemwerk.app.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;

/**
 * A typist in the browser: opens a station in the typing screen and types a paper report section by section, as a
 * person would, accepting the checks when the paper says so. Every page it visits is checked by axe.
 */
public final class BrowserTypist {
    private final Browser browser;
    private final Page page;

    public BrowserTypist(Browser browser, Page page) {
        this.browser = browser;
        this.page = page;
    }

    public Page page() {
        return page;
    }

    /** From the session's typing page: types the station number and starts (or resumes) its entry. */
    public void open(int station) {
        page.getByLabel("Nummer van het stembureau").fill(Integer.toString(station));
        page.getByLabel("Nummer van het stembureau").press("Enter");
        page.waitForURL(url -> url.matches(".*/invoer/\\d+/[a-z0-9-]+$"));
        checkOnce();
    }

    /**
     * Types every section until the final check: each box on the page gets the paper's value; when the checks stop
     * the typist, they tick that the paper says so and go on. Every page is checked by axe (once per address).
     */
    public void typeAll(Map<String, String> paper) {
        int guard = 0;
        while (!page.url().endsWith("/controleren")) {
            if (++guard > 40) {
                throw new AssertionError("typing did not reach the final check; at " + page.url());
            }
            checkOnce();
            fillSection(paper);
            String before = page.url().replaceAll("\\?.*$", "");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan en verder")).click();
            page.waitForLoadState();
            if (page.url().startsWith(before) && page.url().contains("?controleren")) {
                checkOnce();
                page.getByLabel("Ik heb het papier gecontroleerd").check();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan en verder")).click();
                page.waitForLoadState();
            }
        }
        checkOnce();
    }

    /** axe-core on the page, unless this address was checked before (the other typist's view of the same form). */
    public void checkOnce() {
        if (!browser.checkedPages().contains(page.url())) {
            browser.assertAccessible(page);
        }
    }

    /** Types only the first section with the keyboard: each value, then Enter to the next box. */
    public void typeSectionWithKeyboard(Map<String, String> paper) {
        Locator boxes = page.locator("form[data-sw-entry] input.sw-count");
        boxes.first().focus();
        for (int i = 0; i < boxes.count(); i++) {
            page.keyboard().type(paper.getOrDefault(boxes.nth(i).getAttribute("name"), ""));
            page.keyboard().press("Enter");
        }
        page.waitForLoadState();
        checkOnce();
    }

    public void finalise() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invoer afronden")).click();
        page.waitForLoadState();
        checkOnce();
    }

    /** Fills the section's boxes: number boxes in one go (as typed text), tick boxes one by one. */
    private void fillSection(Map<String, String> paper) {
        page.evaluate("paper => document.querySelectorAll('form[data-sw-entry] input.sw-count').forEach(box => {"
                + " box.value = paper[box.name] ?? ''; box.dispatchEvent(new Event('input', {bubbles: true})); })", paper);
        Locator ticks = page.locator("form[data-sw-entry] input[type=checkbox]:not(#accepted)");
        for (int i = 0; i < ticks.count(); i++) {
            Locator input = ticks.nth(i);
            String name = input.getAttribute("name");
            String field = name.endsWith(".ja") || name.endsWith(".nee") ? name.substring(0, name.lastIndexOf('.')) : name;
            String value = paper.getOrDefault(field, "");
            input.setChecked(name.endsWith(".ja") ? value.startsWith("ja")
                    : name.endsWith(".nee") ? value.endsWith("nee") : "true".equals(value));
        }
    }
}
