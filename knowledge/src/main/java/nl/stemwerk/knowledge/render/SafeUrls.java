package nl.stemwerk.knowledge.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Lets through only links a browser cannot run as code: relative links, anchors, and the schemes
 * {@code http}, {@code https}, {@code mailto} and {@code tel} (images: {@code http} and {@code https}).
 * Everything else, such as {@code javascript:}, {@code vbscript:} or {@code data:}, becomes {@code #}.
 */
final class SafeUrls implements UrlSanitizer {

    static final String BLOCKED = "#";
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.\\-]*):.*", Pattern.DOTALL);
    /** Browsers skip these inside a scheme ("java\tscript:"), so they are removed before the scheme is read. */
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Z}\\s]");

    @Override
    public String sanitizeLinkUrl(String url) {
        return allowed(url, LINK_SCHEMES) ? url : BLOCKED;
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return allowed(url, IMAGE_SCHEMES) ? url : BLOCKED;
    }

    private static boolean allowed(String url, Set<String> schemes) {
        String compact = IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(compact);
        return !scheme.matches() || schemes.contains(scheme.group(1));
    }
}
