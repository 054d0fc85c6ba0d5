package nl.stemwerk.app.preferendum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stemwerk.app.budget.votingcode.CodeBatch;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VotingCode;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A preferendum scored 0 to 5 with voting codes: once per code, every option scored, result only after closing. */
@StemwerkSpringTest
class PreferendumIT {
    @LocalServerPort
    int port;
    @Autowired
    PreferendumService preferenda;
    @Autowired
    VotingCodeService codes;

    @Test
    void residentsScoreEveryOptionOncePerCodeAndTheAveragesAppearOnlyAfterClosing() {
        long id = preferenda.create("Wat doen we met de oude school?", "", 0, 5,
                List.of("Woningen", "Dorpshuis", "Park"));
        preferenda.open(id, preferenda.get(id).version());
        List<VotingCode> letters = codes.createBatch(VoteTarget.preferendum(id), 3, CodeBatch.Per.RESIDENT);
        Http resident = new Http(port);

        HttpResponse<String> first = vote(resident, id, letters.get(0), "5", "2", "0");
        HttpResponse<String> again = vote(resident, id, letters.get(0), "1", "1", "1");
        HttpResponse<String> missing = vote(resident, id, letters.get(1), "4", "", "9");
        preferenda.vote(id, letters.get(1).value(), Map.of("1", "3", "2", "4", "3", "1"), "198.51.100.60");

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(again.body()).contains("Met deze stemcode is al gestemd.");
        assertThat(missing.body()).contains("Geef &#39;Dorpshuis&#39; een cijfer van 0 tot en met 5.")
                .contains("Geef &#39;Park&#39; een cijfer van 0 tot en met 5.");
        assertThat(resident.get("/publiek/preferenda/" + id + "/uitslag").body())
                .contains("De uitslag is nog niet bekend").doesNotContain("4,00");
        assertThat(preferenda.result(id)).isEmpty();

        preferenda.close(id, preferenda.get(id).version());

        String result = resident.get("/publiek/preferenda/" + id + "/uitslag").body();
        assertThat(result).contains("Er hebben 2 inwoners gestemd.").contains("4,00").contains("3,00")
                .contains("0,50").contains("hoogste gemiddelde");
        assertThat(preferenda.result(id).orElseThrow().options()).extracting(o -> o.option().label())
                .containsExactly("Woningen", "Dorpshuis", "Park");
        JsonNode chart = chartData(result);
        assertThat(chart.get("labels").toString()).isEqualTo("[\"Woningen\",\"Dorpshuis\",\"Park\"]");
        assertThat(chart.get("series")).hasSize(6);
        assertThat(chart.get("series").get(3).get("label").asString()).isEqualTo("Cijfer 3");
        assertThat(chart.get("series").get(3).get("values").toString()).isEqualTo("[1,0,0]");
        assertThat(chart.get("series").get(5).get("values").toString()).isEqualTo("[1,0,0]");
        assertThat(chart.get("series").get(4).get("values").toString()).isEqualTo("[0,1,0]");
        assertThatThrownBy(() -> preferenda.vote(id, letters.get(2).value(), Map.of("1", "1", "2", "1", "3", "1"),
                "198.51.100.60")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPreferendumNeedsAQuestionTwoDifferentOptionsAndAScaleAndIsHiddenFromResidentsInPreparation() {
        assertThatThrownBy(() -> preferenda.create(" ", "", 3, 3, List.of("Ja", "Ja")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("question", "options", "scale"));
        long id = preferenda.create("Nog geheim?", "", 0, 5, List.of("Ja", "Nee"));

        assertThat(new Http(port).get("/publiek/preferenda/" + id).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> vote(Http resident, long id, VotingCode code, String... scores) {
        String token = resident.csrfToken("/publiek/preferenda/" + id);
        StringBuilder form = new StringBuilder("code=" + code.formatted());
        for (int i = 0; i < scores.length; i++) {
            form.append("&option-").append(i + 1).append('=').append(scores[i]);
        }
        return resident.postForm("/publiek/preferenda/" + id, form + "&_csrf=" + token);
    }

    /** The chart's data as the page hands it to budget-charts.js; the table beside it holds the same numbers. */
    private static JsonNode chartData(String page) {
        Matcher attribute = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(page);
        assertThat(attribute.find()).as("a chart on the result page").isTrue();
        return JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(attribute.group(1)));
    }
}
