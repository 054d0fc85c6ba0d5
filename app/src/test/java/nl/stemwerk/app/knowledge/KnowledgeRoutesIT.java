package nl.stemwerk.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.stemwerk.app.knowledge.checklist.ChecklistService;
import nl.stemwerk.app.knowledge.desk.DeskService;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.knowledge.model.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The routes of the kennisbank for each role: who may see and do what, and what unsafe input turns into. */
@StemwerkSpringTest
class KnowledgeRoutesIT {
    @LocalServerPort
    int port;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DeskService desk;
    @Autowired
    UserDetailsService users;

    @Test
    void everyReadingPageOpensForAReaderButTheEditorsPagesDoNot() {
        Http reader = signedIn("raadpleger");
        for (String page : new String[] {"/kennisbank", "/kennisbank/vragen", "/kennisbank/nieuwsbrieven",
                "/kennisbank/veranderd", "/kennisbank/checklists", "/kennisbank/checklists/script-zitting-gsb",
                "/kennisbank/te-laat", "/kennisbank/informatiepunt", "/kennisbank/meldingen",
                "/kennisbank/zoeken"}) {
            assertThat(reader.get(page).statusCode()).as(page).isEqualTo(200);
        }
        for (String page : new String[] {"/kennisbank/redactie", "/kennisbank/redactie/import",
                "/kennisbank/redactie/relevantie", "/kennisbank/redactie/export.zip", "/beheer/e-mail"}) {
            assertThat(reader.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void theKennisbeheerderOpensTheEditorsPagesAndExportsTheContent() {
        Http editor = signedIn("kennisbeheerder");
        for (String page : new String[] {"/kennisbank/redactie", "/kennisbank/redactie/import",
                "/kennisbank/redactie/nieuw?soort=FAQ", "/kennisbank/redactie/bewerken?pad=articles/stempas/GR2026.md",
                "/kennisbank/redactie/nieuwe-versie?artikel=stempas"}) {
            assertThat(editor.get(page).statusCode()).as(page).isEqualTo(200);
        }
        String relevance = editor.get("/kennisbank/redactie/relevantie").body();
        assertThat(relevance).contains("MRR");
        HttpResponse<String> export = editor.get("/kennisbank/redactie/export.zip");
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
    }

    @Test
    void thePreviewOfMarkdownWithAScriptOrAJavascriptLinkIsSafe() {
        Http editor = signedIn("kennisbeheerder");
        String token = editor.csrfToken("/kennisbank/redactie");
        String body = "# Kop\n\n<script>alert('x')</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(2)>";
        HttpResponse<String> preview = editor.postForm("/kennisbank/redactie/voorbeeld",
                "body=" + URLEncoder.encode(body, StandardCharsets.UTF_8) + "&_csrf=" + token);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Kop").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("javascript:");
    }

    @Test
    void theBeheerderConfiguresTheSmtpServerAndThePasswordIsNeverShown() {
        Http admin = signedIn("beheerder");
        String token = admin.csrfToken("/beheer/e-mail");
        HttpResponse<String> saved = admin.postForm("/beheer/e-mail", "host=smtp.westmaasenwaal.nl&port=587"
                + "&sender=verkiezingen%40westmaasenwaal.nl&security=STARTTLS&username=stemwerk"
                + "&password=Zeer-geheim-42&_csrf=" + token);
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = admin.get("/beheer/e-mail").body();
        assertThat(page).contains("smtp.westmaasenwaal.nl").doesNotContain("Zeer-geheim-42");
        HttpResponse<String> wrong = admin.postForm("/beheer/e-mail", "host=&port=99999&sender=geen-adres"
                + "&security=STARTTLS&_csrf=" + token);
        assertThat(wrong.body()).contains("De poort is een getal van 1 tot 65535");
    }

    @Test
    void aReaderCannotTickOffATaskButATeamMemberCanAndTheCalendarDownloads() {
        long id = checklists.instances().stream().filter(i -> i.electionId() != null).findFirst().orElseThrow().id();
        String open = checklists.view(id).tasks().stream().filter(t -> t.status().state().isOpen())
                .map(t -> t.task().id()).findFirst().orElseThrow();
        int version = checklists.view(id).tasks().stream().filter(t -> t.task().id().equals(open)).findFirst()
                .orElseThrow().status().version();
        String form = "task=" + URLEncoder.encode(open, StandardCharsets.UTF_8) + "&version=" + version
                + "&action=complete&_csrf=";

        Http reader = signedIn("raadpleger");
        String path = "/kennisbank/takenlijsten/" + id;
        assertThat(reader.postForm(path + "/taak", form + reader.csrfToken(path)).statusCode()).isEqualTo(403);
        Http member = signedIn("gsb-lid");
        assertThat(member.postForm(path + "/taak", form + member.csrfToken(path)).statusCode()).isEqualTo(302);
        assertThat(member.get(path).body()).contains("Greet Lid");

        HttpResponse<String> calendar = member.get(path + "/agenda.ics");
        assertThat(calendar.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(calendar.body()).contains("BEGIN:VTODO");
        assertThat(member.get(path + "/agenda.ics?soort=afspraken").body()).contains("BEGIN:VEVENT");
    }

    @Test
    void anAnsweredDeskQuestionBecomesAFaqEntryAndLeavesTheDeskAnswersInSearch() {
        StemwerkUser asker = (StemwerkUser) users.loadUserByUsername("csb");
        long question = desk.ask(asker, "Mag de CSB-zitting ook in de raadzaal van een buurgemeente?", "",
                Topic.CSB_SESSION.name());
        desk.answer((StemwerkUser) users.loadUserByUsername("coordinator"), question, 0,
                "Nee, het centraal stembureau zit in de eigen gemeente.");
        Http editor = signedIn("kennisbeheerder");
        String form = editor.get("/kennisbank/redactie/nieuw?soort=FAQ&vraag=" + question).body();
        assertThat(form).contains("Mag de CSB-zitting ook in de raadzaal van een buurgemeente?");

        String token = editor.csrfToken("/kennisbank/redactie");
        HttpResponse<String> saved = editor.postForm("/kennisbank/redactie/opslaan", "type=FAQ&mode=new&basedOn=0"
                + "&vraag=" + question + "&id=faq-csb-buurgemeente"
                + "&title=" + encode("Mag de CSB-zitting in een buurgemeente?")
                + "&summary=" + encode("Nee, het centraal stembureau zit in de eigen gemeente.")
                + "&topic=CSB_SESSION&elections=GR&law=" + encode("Kieswet art. E 1")
                + "&body=" + encode("Nee, het centraal stembureau zit in de eigen gemeente.") + "&_csrf=" + token);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/kennisbank/vragen/faq-csb-buurgemeente");
        assertThat(desk.find(question).orElseThrow().faqId()).hasValue("faq-csb-buurgemeente");
        assertThat(editor.get("/kennisbank/vragen/faq-csb-buurgemeente").body()).contains("eigen gemeente");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        http.login(user, "demo-" + user);
        return http;
    }
}
