package nl.stemwerk.knowledge.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The seed content shipped inside this library, below {@value #RESOURCE_ROOT} on the class path. Reading the
 * library's own resources is the one place it opens files itself; what it reads is fixed at build time.
 */
public final class BundledContent {

    public static final String RESOURCE_ROOT = "nl/stemwerk/knowledge/content";

    private BundledContent() {
    }

    /** The content root as a path (a folder, or a folder inside the jar), when the content is present. */
    public static Optional<Path> root() {
        URL url = BundledContent.class.getClassLoader().getResource(RESOURCE_ROOT);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openJarFileSystem(uri);
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Class path entry has no valid URI: " + url, e);
        }
    }

    /** The imported seed content; empty when this build carries none. */
    public static Optional<ImportResult> load() {
        return root().map(ContentDirectory::read);
    }

    private static void openJarFileSystem(URI uri) {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // another caller opened it before us; Path.of(uri) finds it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
