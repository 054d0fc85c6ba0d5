package nl.stemwerk.knowledge.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns the Markdown of content and desk answers into safe HTML. Raw HTML in the Markdown is shown as text,
 * never passed on, and links or images with a scheme that can run code are replaced by {@code #}. Thread-safe.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SafeUrls())
            .percentEncodeUrls(true)
            .build();

    private MarkdownRenderer() {
    }

    /** Safe HTML for a page; any {@code <script>} or {@code javascript:} in the Markdown ends up harmless. */
    public static String toSafeHtml(String markdown) {
        return HTML.render(parse(markdown));
    }

    /** The text a reader sees, without Markdown marks or link targets: for the search index and snippets. */
    public static String toPlainText(String markdown) {
        return PlainText.of(parse(markdown));
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
