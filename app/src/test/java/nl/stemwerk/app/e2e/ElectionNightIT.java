package nl.stemwerk.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.StationProgress;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.support.Browser;
import nl.stemwerk.app.support.BrowserTypist;
import nl.stemwerk.app.support.EnterTwice;
import nl.stemwerk.app.support.Pdfs;
import nl.stemwerk.app.support.SharedData;
import nl.stemwerk.app.support.Zips;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.app.support.PaperReports;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The election night of the demo municipality (West Maas en Waal, GR2022, real counts) in Chromium, with axe-core on
 * every page: the coordinator starts data entry; two typists enter three polling stations (one with a typing
 * difference, one with an unexplained difference between admitted voters and ballots, one with an error the
 * coordinator resolves); the GSB's session with its documents; then the CSB's session that adopts the result.
 */
@StemwerkSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionNightIT {
    /** Explanation counts of N 10-1 that the GSB's entry (Na 31-2 Bijlage 1) does not hold. */
    private static final List<String> NOT_ENTERED_EXPLANATIONS = List.of("kiezers met stembiljet hebben niet gestemd",
            "er zijn te weinig stembiljetten uitgereikt", "er zijn te veel stembiljetten uitgereikt", "geen verklaring",
            "andere verklaring");

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    CommitteeSessionService sessions;
    @Autowired
    DataEntryService dataEntry;

    Browser browser;
    long election;
    long gsb;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(port);
        election = elections.list().stream().filter(e -> e.identifier().equals("GR2022_WestMaasenWaal")).findFirst()
                .orElseThrow().id();
        gsb = sessions.latest(election, Committee.GSB).id();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theElectionNightOfWestMaasEnWaal() {
        Page coordinator = signIn("coordinator");
        startDataEntry(coordinator);

        BrowserTypist ivo = typist("invoerder1");
        BrowserTypist ine = typist("invoerder2");

        // station 1: a typing difference, which the coordinator sends back to the second typist
        Map<String, String> paper1 = PaperReports.westMaasEnWaal(1);
        ivo.page().navigate("/invoer/zitting/" + gsb);
        checkOnce(ivo.page());
        ivo.open(1);
        ivo.typeAll(paper1);
        ivo.finalise();
        Map<String, String> typo = new java.util.LinkedHashMap<>(paper1);
        typo.put("list.2.candidate.3", "21");
        enter(ine, 1, typo);
        assertThat(status(1)).isEqualTo(DataEntryStatusName.ENTRIES_DIFFERENT);
        resolve(coordinator, 1, "Tweede invoer terugsturen voor correctie", "lijst 2, kandidaat 3");
        ine.page().navigate("/invoer/zitting/" + gsb);
        ine.open(1);
        assertThat(ine.page().locator("#melding-W002")).containsText("De coördinator zag fouten in deze invoer.");
        ine.typeAll(paper1);
        ine.finalise();
        assertThat(status(1)).isEqualTo(DataEntryStatusName.DEFINITIVE);

        // station 7: one ballot more than admitted voters, not explained on the paper
        Map<String, String> paper7 = PaperReports.westMaasEnWaal(7);
        paper7.put("differenceExplained", "nee");
        ine.page().navigate("/invoer/zitting/" + gsb);
        checkOnce(ine.page());
        ine.open(7);
        String entry7 = ine.page().url().replaceAll("/[a-z0-9-]+$", "");
        ine.page().navigate(entry7 + "/kiezers");
        ine.checkOnce();
        ine.typeSectionWithKeyboard(paper7);
        assertThat(ine.page()).hasURL(java.util.regex.Pattern.compile(".*/stemmen$"));
        ine.page().navigate(entry7 + "/extra-onderzoek");
        ine.checkOnce();
        ine.typeAll(paper7);
        ine.finalise();
        enter(ivo, 7, paper7);
        assertThat(status(7)).isEqualTo(DataEntryStatusName.DEFINITIVE);

        // station 2: the first typist mistypes D; the entry has errors; the coordinator sends it back
        Map<String, String> paper2 = PaperReports.westMaasEnWaal(2);
        Map<String, String> wrongD = new java.util.LinkedHashMap<>(paper2);
        wrongD.put("D", "234");
        enter(ivo, 2, wrongD);
        assertThat(status(2)).isEqualTo(DataEntryStatusName.FIRST_ENTRY_HAS_ERRORS);
        resolve(coordinator, 2, "Terug naar de invoerder", "F.201");
        enter(ivo, 2, paper2);
        enter(ine, 2, paper2);
        assertThat(status(2)).isEqualTo(DataEntryStatusName.DEFINITIVE);

        // the other eighteen stations are entered twice in the background, as the other typists would
        for (StationProgress open : dataEntry.progress(gsb)) {
            if (!open.definitive()) {
                EnterTwice.definitive(dataEntry, gsb, open.number(), PaperReports.westMaasEnWaal(open.number()));
            }
        }

        // the GSB follows the progress, records who is there and an objection, and finishes its session
        Page chair = signIn("gsb-voorzitter");
        gsbSession(chair);
        byte[] zip = chair.request().get("/verkiezingen/zitting/" + gsb + "/documenten.zip").body();
        String pv = Pdfs.text(Zips.entry(zip, "Model_Na31-2.pdf"));
        assertThat(pv).contains("Het verschil van één stembiljet is niet verklaard.")
                .containsPattern("D\\. Totaal aantal toegelaten kiezers 9\\.398")
                .containsPattern("E\\. Totaal aantal stemmen op kandidaten 9\\.350")
                .containsPattern("E\\.1 Totaal lijst 1 \\(FD Partij Beneden-Leeuwen\\) 1\\.893")
                .containsPattern("F\\. Aantal blanco stembiljetten 21")
                .containsPattern("G\\. Aantal ongeldige stembiljetten 27");
        assertThat(new String(Zips.entry(zip, "hashcodes.txt"))).contains("Model_Na31-2.pdf");
        // the 510b passes the Kiesraad's strict schema, and its CSV is the one the Kiesraad's eml2csv made
        byte[] count = Zips.entry(zip, "Telling_GR2022_WestMaasenWaal.eml.xml");
        new CountReader().read(new java.io.ByteArrayInputStream(count), "Telling_GR2022_WestMaasenWaal.eml.xml");
        // (except five rows of explanations a GSB entry does not have: empty cells, as Abacus writes them)
        List<String> ours = new String(Zips.entry(zip, "osv4-3_telling_gr2022_westmaasenwaal.csv"),
                java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        List<String> kiesraad = SharedData.text(SharedData.WEST_MAAS_EN_WAAL_2022_CSV).lines().toList();
        assertThat(ours).hasSameSizeAs(kiesraad);
        for (int row = 0; row < kiesraad.size(); row++) {
            if (NOT_ENTERED_EXPLANATIONS.stream().noneMatch(kiesraad.get(row)::contains)) {
                assertThat(ours.get(row)).as("CSV row " + (row + 1)).isEqualTo(kiesraad.get(row));
            }
        }

        // the CSB's typists enter the GSB's result twice (in the background, as above), and the CSB adopts the result
        Page csb = signIn("csb");
        referral(csb, chair);
        csbSession(csb);
    }

    /**
     * The CSB orders an investigation of station 2; the GSB's chair records in its later session that the count was
     * right; the later session is finished (in the background) and its proces-verbaal with the corrigendum is shown.
     */
    private void referral(Page csb, Page chair) {
        csb.navigate("/verkiezingen/" + election + "/onderzoeken");
        checkOnce(csb);
        csb.getByLabel("Stembureau", new Page.GetByLabelOptions().setExact(true)).selectOption("2");
        csb.getByLabel("Reden").fill("Een kiezer meldt dat de telling van stembureau 2 te snel ging.");
        csb.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onderzoek opdragen")).click();
        assertThat(csb.getByRole(AriaRole.STATUS)).containsText("Het onderzoek is opgedragen.");
        assertThat(csb.locator("#onderzoek-2")).containsText("onderzoek loopt");
        checkOnce(csb);

        chair.navigate("/verkiezingen/" + election + "/onderzoeken");
        chair.getByLabel("Bevindingen").fill("De stembiljetten zijn nageteld; de telling klopte.");
        chair.getByLabel("De stembiljetten zijn opnieuw geteld").check();
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevindingen vastleggen")).click();
        assertThat(chair.locator("#onderzoek-2")).containsText("afgerond, geen nieuwe uitkomst");
        checkOnce(chair);

        CommitteeSession later = sessions.latest(election, Committee.GSB);
        later = sessions.startDataEntry(later.id(), later.version());
        chair.navigate("/verkiezingen/" + election + "/onderzoeken");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Corrigendum vaststellen")).click();
        assertThat(chair.getByRole(AriaRole.STATUS)).containsText("De zitting is afgerond.");
        assertThat(chair.locator("#documenten")).containsText("Corrigendum_Na14-2.pdf");
        checkOnce(chair);
        String text = Pdfs.text(chair.request().get("/verkiezingen/zitting/" + later.id()
                + "/documenten/Corrigendum_Na14-2.pdf").body());
        assertThat(text).contains("De stembiljetten zijn nageteld; de telling klopte.")
                .contains("Het onderzoek leidde niet tot correcties.")
                .containsPattern("D\\. Totaal aantal toegelaten kiezers 9\\.398");
    }

    private void csbSession(Page csb) {
        CommitteeSession session = sessions.latest(election, Committee.CSB);
        session = sessions.startDataEntry(session.id(), session.version());
        EnterTwice.definitive(dataEntry, session.id(), 0, PaperReports.westMaasEnWaalTotal());
        csb.navigate("/verkiezingen/" + election);
        checkOnce(csb);
        csb.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Zitting van het centraal stembureau (CSB)")).click();
        assertThat(csb.locator("#invoer")).containsText("gelijk aan wat het gemeentelijk stembureau vaststelde");
        assertThat(csb.locator("#zetels tbody tr").first().locator("th")).hasText("1 FD Partij Beneden-Leeuwen");
        assertThat(csb.locator("#zetels tbody tr").first().locator("td").last()).hasText("3");
        checkOnce(csb);
        csb.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Carla CSB");
        csb.getByLabel("Functie").selectOption("VOORZITTER");
        csb.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezige toevoegen")).click();
        assertThat(csb.locator("#aanwezig")).containsText("Carla CSB");
        checkOnce(csb);
        csb.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitslag vaststellen")).click();
        assertThat(csb.getByRole(AriaRole.STATUS)).containsText("De uitslag is vastgesteld");
        checkOnce(csb);
        byte[] zip = csb.request().get("/verkiezingen/zitting/" + session.id() + "/documenten.zip").body();
        String pv = Pdfs.text(Zips.entry(zip, "Model_P22-2.pdf"));
        assertThat(pv).contains("Raadzaal, gemeentehuis Beneden-Leeuwen").contains("Carla CSB")
                .containsPattern("1 FD Partij Beneden-Leeuwen 1\\.893 \\d+ \\d+ 3")
                .contains("Reuvers, R.A.N. (Rob)");
    }

    private void gsbSession(Page chair) {
        chair.navigate("/verkiezingen/" + election);
        checkOnce(chair);
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projectiescherm (alleen lezen)")).click();
        assertThat(chair.locator("main")).containsText("21 definitief");
        checkOnce(chair);
        chair.navigate("/verkiezingen/" + election + "/gsb?filter=actie-nodig");
        assertThat(chair.locator("#voortgang")).containsText("Geen stembureaus voor deze keuze.");
        checkOnce(chair);
        chair.navigate("/verkiezingen/" + election + "/gsb");
        checkOnce(chair);
        chair.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Gijs Voorzitter");
        chair.getByLabel("Functie").selectOption("VOORZITTER");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezige toevoegen")).click();
        checkOnce(chair);
        chair.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Greet Lid");
        chair.getByLabel("Functie").selectOption("LID");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezige toevoegen")).click();
        checkOnce(chair);
        chair.getByLabel("Over stembureau").selectOption("7");
        chair.getByLabel("Bezwaar of bijzonderheid").fill("Het verschil van één stembiljet is niet verklaard.");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezwaar vastleggen")).click();
        assertThat(chair.locator("#bezwaren")).containsText("Stembureau 7 (Kulturhus d'n Dulper)");
        checkOnce(chair);
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zitting afronden en documenten maken")).click();
        assertThat(chair.getByRole(AriaRole.STATUS)).containsText("De zitting is afgerond");
        assertThat(chair.locator("#documenten")).containsText("Model_Na31-2.pdf");
        checkOnce(chair);
    }

    private void startDataEntry(Page coordinator) {
        coordinator.navigate("/verkiezingen/uitslag");
        checkOnce(coordinator);
        coordinator.locator("a[href='/verkiezingen/" + election + "']").click();
        checkOnce(coordinator);
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verkiezing en zittingen inrichten"))
                .click();
        checkOnce(coordinator);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invoer starten")).first().click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("De wijziging is opgeslagen.");
        assertThat(coordinator.locator("h2").first()).containsText("Invoer bezig");
        checkOnce(coordinator);
    }

    private void enter(BrowserTypist typist, int station, Map<String, String> paper) {
        typist.page().navigate("/invoer/zitting/" + gsb);
        checkOnce(typist.page());
        typist.open(station);
        typist.typeAll(paper);
        typist.finalise();
        assertThat(typist.page().getByRole(AriaRole.STATUS)).containsText("is afgerond");
        checkOnce(typist.page());
    }

    private void resolve(Page coordinator, int station, String decision, String shown) {
        coordinator.navigate("/coordinatie/zitting/" + gsb);
        checkOnce(coordinator);
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Stembureau " + station + " "))).click();
        assertThat(coordinator.locator("main")).containsText(shown);
        checkOnce(coordinator);
        coordinator.getByLabel(decision).check();
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uw besluit")).click();
        assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Uw besluit is opgeslagen.");
        checkOnce(coordinator);
    }

    private BrowserTypist typist(String user) {
        Page page = signIn(user);
        page.navigate("/invoer");
        checkOnce(page);
        page.locator("a[href='/invoer/zitting/" + gsb + "']").click();
        checkOnce(page);
        return new BrowserTypist(browser, page);
    }

    private DataEntryStatusName status(int station) {
        return dataEntry.progress(gsb).stream().filter(p -> p.number() == station).findFirst()
                .map(StationProgress::status).orElseThrow();
    }

    private Page signIn(String user) {
        Page page = browser.newPage();
        page.navigate("/inloggen");
        checkOnce(page);
        page.getByLabel("Gebruikersnaam").fill(user);
        page.getByLabel("Wachtwoord").fill("demo-" + user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.waitForURL(url -> url.endsWith("/start"));
        checkOnce(page);
        return page;
    }

    /** axe-core on this page unless this very address was checked before (the same page for another user). */
    private void checkOnce(Page page) {
        if (!browser.checkedPages().contains(page.url())) {
            browser.assertAccessible(page);
        }
    }
}
