package nl.stemwerk.app.turnout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The turnout pages as a browser receives them show the library's figures for the real demo files (values computed
 * by hand in the turnout library's tests), say why a figure is unknown, and let only the griffie and the beheerder
 * import.
 */
@StemwerkSpringTest
class TurnoutPagesIT {
    @LocalServerPort
    int port;

    /** Hilversum GR2022: 36,015 of 70,563 = 51.0 %; early 21.0 %, proxies 10.1 %; 43 stations, 0.61 per 1000. */
    @Test
    void theMunicipalityPageShowsHilversumsTurnoutAndWhyPerStationTurnoutIsShaky() {
        String page = signedIn("griffie").get("/opkomst/GM0402").body();

        assertThat(page).contains("Opkomst in Hilversum").contains("Gemeenteraad Hilversum 2022").contains("51,0%")
                .contains("36.015").contains("70.563").contains("21,0%").contains("10,1%").contains("0,61")
                .contains("101,5 keer zoveel");
    }

    /** Nijmegen GR2022: 54.1 %, and the even split of 1,886 called voters per station is explained in plain Dutch. */
    @Test
    void nijmegenWarnsThatTheCalledVotersWereSplitEvenly() {
        String page = signedIn("raadpleger").get("/opkomst/GM0268").body();

        assertThat(page).contains("54,1%").contains("gelijk verdeeld over de 78 stembureaus").contains("1.886");
    }

    /**
     * Hilversum by postcode: 1223 has 6 election-day stations, 6,094 admitted, 28.3 % early (1,724), 10.2 % proxies
     * (619) and a turnout of 37.2 % (4,375 of 11,752), with the free-choice caveat as a note.
     */
    @Test
    void hilversumByPostcodeShowsTheHandComputedFiguresOf1223() {
        String page = signedIn("griffie").get("/opkomst/GM0402/gebieden?niveau=pc4").body();

        String row = page.substring(page.indexOf(">1223<"), page.indexOf("</tr>", page.indexOf(">1223<")));
        assertThat(row).contains("6.094").contains("28,3%").contains("10,2%").contains("37,2%");
        assertThat(page).contains("kiezers mogen met hun stempas in elk stembureau van de gemeente stemmen");
    }

    /**
     * Enschede by wijk: WK015300 has 8 stations for 22,710 inhabitants (0.35 per 1000) and a mean distance of 294 m;
     * the turnout is unknown because there is no count, and the page says so.
     */
    @Test
    void enschedeByWijkShowsStationsPerThousandAndDistanceAndWhyTurnoutIsUnknown() {
        String page = signedIn("griffie").get("/opkomst/GM0153/gebieden?niveau=wijk").body();

        String row = page.substring(page.indexOf(">WK015300<"), page.indexOf("</tr>", page.indexOf(">WK015300<")));
        assertThat(row).contains("22.710 inwoners").contains("0,35").contains("294 m").contains("onbekend");
        assertThat(page).contains("Er is geen telling opgegeven").contains("data-areas-url");
    }

    @Test
    void theStationPageOfAnElectionListsEveryColumnWithItsDay() {
        Http http = signedIn("griffie");
        String overview = http.get("/opkomst/GM0668").body();
        String link = overview.substring(overview.indexOf("/opkomst/GM0668/telling/"));
        link = link.substring(0, link.indexOf('"'));

        String page = http.get(link).body();
        assertThat(page).contains("Dorpshuis De Hucht").contains("vervroegd, 14 maart 2022").contains("verkiezingsdag");
    }

    @Test
    void theAreaTableDownloadsAsDutchCsv() {
        HttpResponse<String> csv = signedIn("raadpleger").get("/opkomst/GM0402/gebieden.csv?niveau=pc4");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFCode;Naam;").contains("1223;").contains(";6094;");
    }

    @Test
    void onlyTheGriffieAndTheBeheerderMayImport() {
        assertThat(signedIn("raadpleger").get("/opkomst/importeren").statusCode()).isEqualTo(403);
        assertThat(signedIn("griffie").get("/opkomst/importeren").statusCode()).isEqualTo(200);
        assertThat(signedIn("beheerder").get("/opkomst/importeren").statusCode()).isEqualTo(200);
        assertThat(signedIn("invoerder1").get("/opkomst/GM0402").statusCode()).isEqualTo(403);
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        http.login(user, "demo-" + user);
        return http;
    }
}
