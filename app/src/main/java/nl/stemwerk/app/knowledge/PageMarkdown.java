package nl.stemwerk.app.knowledge;

import java.util.regex.Pattern;
import nl.stemwerk.knowledge.render.MarkdownRenderer;

/**
 * A content body as safe HTML for its page. The page shows the title as its only level-1 heading, so a body that
 * opens with its own {@code # title} line starts after it.
 */
public final class PageMarkdown {
    private static final Pattern LEADING_TITLE = Pattern.compile("\\A\\s*# [^\\n]*(\\n|\\z)");

    private PageMarkdown() {
    }

    public static String toHtml(String body) {
        return MarkdownRenderer.toSafeHtml(LEADING_TITLE.matcher(body).replaceFirst(""));
    }
}
