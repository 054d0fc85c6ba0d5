package nl.stemwerk.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reading pages of the kennisbank as a browser gets them: home, search, articles, diffs, FAQ, newsletters. */
@StemwerkSpringTest
class KnowledgePagesIT {
    @LocalServerPort
    int port;

    @Test
    void theKennisbankHomeIsServedByTheKnowledgeModuleAndEveryPageHasTheSearchBoxInTheHeader() {
        Http http = signedIn("raadpleger");
        String home = http.get("/kennisbank").body();
        assertThat(home).contains("action=\"/kennisbank/zoeken\"");
        assertThat(http.get("/verkiezingen").body()).contains("action=\"/kennisbank/zoeken\"");
    }

    @Test
    void aSearchWithATypoFindsTheArticleAndSuggestsTheRightWord() {
        String page = signedIn("raadpleger").get("/kennisbank/zoeken?q=" + encode("stempas kwyt")).body();
        assertThat(page).contains("/kennisbank/artikelen/stempas");
    }

    @Test
    void anAbbreviationFindsTheSupportDeclarations() {
        String page = signedIn("raadpleger").get("/kennisbank/zoeken?q=" + encode("hoeveel OV's nieuwe partij")).body();
        assertThat(page).contains("ondersteuningsverklaring");
    }

    @Test
    void aVeryLongQueryOrSearchSyntaxNeverGivesAnError() {
        Http http = signedIn("raadpleger");
        assertThat(http.get("/kennisbank/zoeken?q=" + "a".repeat(10_000)).statusCode()).isEqualTo(200);
        for (String query : new String[] {"title:(stempas", "\"volmacht", "*", "a AND OR NOT", "?~^2", "\\", "[x TO"}) {
            assertThat(http.get("/kennisbank/zoeken?q=" + encode(query)).statusCode()).as(query).isEqualTo(200);
        }
    }

    @Test
    void suggestionsAreGivenAsYouType() {
        HttpResponse<String> response = signedIn("raadpleger").get("/kennisbank/suggesties?q=stemp");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("stempas");
    }

    @Test
    void anArticleShowsItsLawCitationsAndItsVersionsAndTheDiffBetweenTwoElections() {
        Http http = signedIn("raadpleger");
        String article = http.get("/kennisbank/artikelen/zitting-gemeentelijk-stembureau").body();
        assertThat(article).contains("Kieswet art. E 7").contains("GR2022").contains("GR2026");
        HttpResponse<String> diff = http.get("/kennisbank/artikelen/zitting-gemeentelijk-stembureau/verschil?van=GR2022&naar=GR2026");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("<ins").contains("<del");
        assertThat(http.get("/kennisbank").body()).as("recently viewed")
                .contains("/kennisbank/artikelen/zitting-gemeentelijk-stembureau");
        assertThat(signedIn("griffie").get("/kennisbank").body())
                .doesNotContain("/kennisbank/artikelen/zitting-gemeentelijk-stembureau");
        assertThat(http.get("/kennisbank/veranderd?van=GR2022&naar=GR2026").body())
                .contains("/kennisbank/artikelen/zitting-gemeentelijk-stembureau");
        assertThat(http.get("/kennisbank/artikelen/bestaat-niet").statusCode()).isEqualTo(404);
    }

    @Test
    void faqAndNewsletterArchiveAreListedAndOpen() {
        Http http = signedIn("raadpleger");
        assertThat(http.get("/kennisbank/vragen").body()).contains("/kennisbank/vragen/faq-stempas-niet-ontvangen");
        assertThat(http.get("/kennisbank/vragen/faq-stempas-niet-ontvangen").statusCode()).isEqualTo(200);
        String archive = http.get("/kennisbank/nieuwsbrieven").body();
        assertThat(archive).contains("/kennisbank/nieuwsbrieven/");
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        http.login(user, "demo-" + user);
        return http;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
