package nl.stemwerk.knowledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.stemwerk.knowledge.Samples;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

    /** The usual vectors (OWASP XSS filter evasion cheat sheet style), written as Markdown an editor could paste. */
    static Stream<String> xssVectors() {
        return Stream.of(
                "<script>alert(1)</script>",
                "Tekst <script>alert(1)</script> in een zin.",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://example.org\"></iframe>",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<!-- --><script>alert(1)</script>",
                "[klik](javascript:alert(1))",
                "[klik](JaVaScRiPt:alert(1))",
                "[klik]( javascript:alert(1) )",
                "[klik](java&#09;script:alert(1))",
                "[klik](&#106;avascript:alert(1))",
                "[klik](&#x6A;avascript&#x3A;alert(1))",
                "[klik](javascript&colon;alert(1))",
                "[klik](vbscript:msgbox(1))",
                "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<javascript:alert(1)>",
                "![plaatje](javascript:alert(1))",
                "![plaatje](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "[klik][1]\n\n[1]: javascript:alert(1)",
                "[klik](https://example.org \"titel\\\" onmouseover=\\\"alert(1)\")",
                "[klik](https://example.org\" onmouseover=\"alert(1))",
                "| kop |\n|---|\n| <script>alert(1)</script> |",
                "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```");
    }

    @ParameterizedTest
    @MethodSource("xssVectors")
    void renderedHtmlCannotRunScript(String markdown) {
        HtmlSafety.assertSafe(MarkdownRenderer.toSafeHtml(markdown));
    }

    @Test
    void aScriptTagIsShownAsTextSoTheReaderSeesWhatWasWritten() {
        String html = MarkdownRenderer.toSafeHtml("Let op: <script>alert(1)</script>");

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
        assertThat(Jsoup.parse(html).text()).contains("<script>alert(1)</script>");
    }

    @Test
    void aJavascriptLinkKeepsItsTextButLosesItsTarget() {
        String html = MarkdownRenderer.toSafeHtml("[klik hier](javascript:alert(1))");

        assertThat(html).isEqualTo("<p><a rel=\"nofollow\" href=\"#\">klik hier</a></p>\n");
    }

    @Test
    void ordinaryLinksStayAsTheyAre() {
        String html = MarkdownRenderer.toSafeHtml(
                "[Kiesraad](https://www.kiesraad.nl/) [mail](mailto:verkiezingen@gemeente.nl) [hier](#stap-2) "
                        + "[artikel](../faq/stempas-kwijt)");

        assertThat(Jsoup.parse(html).select("a").eachAttr("href")).containsExactly("https://www.kiesraad.nl/",
                "mailto:verkiezingen@gemeente.nl", "#stap-2", "../faq/stempas-kwijt");
    }

    @Test
    void rendersHeadingsListsEmphasisAndTables() {
        String html = MarkdownRenderer.toSafeHtml("# Kop\n\n- **vet** en *schuin*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        assertThat(html).contains("<h1>Kop</h1>", "<li><strong>vet</strong> en <em>schuin</em></li>", "<table>",
                "<td>1</td>");
    }

    @Test
    void theSampleContentRendersSafely() {
        Samples.knowledgeBase().items().forEach(item -> HtmlSafety.assertSafe(MarkdownRenderer.toSafeHtml(item.body())));
    }

    @Test
    void plainTextDropsTheMarks() {
        assertThat(MarkdownRenderer.toPlainText("# Kop\n\nEen **vette** [link](https://x.nl)\nop `twee` regels.\n\n"
                + "- een\n- twee\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")).isEqualTo(
                "Kop\nEen vette link op twee regels.\neen\ntwee\na b\n1 2");
    }

    @Test
    void htmlEscapingCoversTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }
}
