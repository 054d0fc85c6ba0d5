package nl.stemwerk.app.knowledge.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import nl.stemwerk.knowledge.format.BundledContent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The seed content that ships with the knowledge library (articles, FAQ, newsletters, checklists and the relevance
 * set), read as files from the class path. Spring's resolver is used because it also finds them inside the
 * executable jar.
 */
@Component
public class SeedContent {
    private static final String ROOT = BundledContent.RESOURCE_ROOT + "/";

    /** The files by path below the content root, e.g. {@code faq/faq-tellen-openbaar.md}. */
    public Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*")) {
                String url = resource.getURL().toString();
                int start = url.lastIndexOf(ROOT);
                if (start < 0 || !resource.isReadable()) {
                    continue;
                }
                String path = url.substring(start + ROOT.length());
                if (ContentCheck.isContentFile(path)) {
                    files.put(path, resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De startinhoud van de kennisbank kan niet worden gelezen.", e);
        }
        return files;
    }
}
