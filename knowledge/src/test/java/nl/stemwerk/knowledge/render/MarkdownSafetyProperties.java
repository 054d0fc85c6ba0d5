package nl.stemwerk.knowledge.render;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkdownSafetyProperties {

    private static final List<String> PIECES = List.of("<", ">", "\"", "'", "&", "#", ";", ":", "(", ")", "[", "]",
            "!", "`", "\n", " ", "\t", "*", "|", "-", "javascript", "JaVaScRiPt", "vbscript", "data", "script",
            "img", "svg", "iframe", "onerror=", "onload=", "href=", "src=", "alert(1)", "&#106;", "&#x3A;",
            "&colon;", "&#09;", "http://x.nl", "[a](", "![a](", "<a ", "</", "\\", "%3A", "\u0000", "\u200b");

    @Property(tries = 1000)
    void noMixOfMarkdownAndHtmlPiecesRendersToRunnableHtml(@ForAll("fragments") String markdown) {
        HtmlSafety.assertSafe(MarkdownRenderer.toSafeHtml(markdown));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }
}
