package nl.stemwerk.knowledge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks rendered HTML with an independent parser (jsoup): nothing in it can run script. */
final class HtmlSafety {

    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "object", "embed", "style", "svg",
            "math", "form", "input", "button", "link", "meta", "base", "frame", "frameset", "template");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private HtmlSafety() {
    }

    static void assertSafe(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            assertThat(FORBIDDEN_TAGS).as("tag in %s", html).doesNotContain(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("event handler in %s", html).doesNotStartWith("on");
                assertThat(name).as("style in %s", html).isNotEqualTo("style");
                if (URL_ATTRIBUTES.contains(name)) {
                    assertThat(schemeOf(attribute.getValue())).as("URL %s in %s", attribute.getValue(), html)
                            .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(SAFE_SCHEMES).contains(s));
                }
            }
        }
    }

    /** The scheme as a browser reads it: control characters and spaces inside it are skipped. */
    private static String schemeOf(String url) {
        String compact = url.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Z}\\s]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        if (colon < 0 || !compact.substring(0, colon).matches("[a-z][a-z0-9+.\\-]*")) {
            return "";
        }
        return compact.substring(0, colon);
    }
}
