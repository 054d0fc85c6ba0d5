package nl.stemwerk.knowledge;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import nl.stemwerk.knowledge.format.ContentDirectory;

/** The small sample content in {@code src/test/resources/samples/content}, written for these tests. */
public final class Samples {

    private Samples() {
    }

    public static Path root() {
        URL url = Samples.class.getClassLoader().getResource("samples/content");
        if (url == null) {
            throw new IllegalStateException("Test resource samples/content is missing from the class path.");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KnowledgeBase knowledgeBase() {
        return ContentDirectory.read(root()).orThrow();
    }
}
