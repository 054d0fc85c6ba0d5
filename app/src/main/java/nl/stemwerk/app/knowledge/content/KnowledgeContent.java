package nl.stemwerk.app.knowledge.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The content of the kennisbank as the pages read it: loaded from the database once and again after every save,
 * so that a page never parses files. Stemwerk runs as one process per database, so this copy cannot go stale.
 */
@Service
public class KnowledgeContent {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeContent.class);

    private final ContentFileRepository files;
    private volatile ContentSnapshot snapshot;

    KnowledgeContent(ContentFileRepository files) {
        this.files = files;
    }

    public ContentSnapshot snapshot() {
        ContentSnapshot current = snapshot;
        return current != null ? current : reload();
    }

    /** Reads the content from the database again. */
    public synchronized ContentSnapshot reload() {
        Map<String, StoredFile> current = files.latest().values().stream().filter(file -> !file.removed())
                .collect(Collectors.toMap(StoredFile::path, file -> file));
        ContentSnapshot loaded = ContentSnapshot.of(current);
        if (!loaded.problems().isEmpty()) {
            LOG.warn("De opgeslagen inhoud van de kennisbank heeft {} fout(en); de kennisbank is leeg tot ze zijn "
                    + "verbeterd: {}", loaded.problems().size(), loaded.problems().getFirst().describe());
        }
        snapshot = loaded;
        return loaded;
    }

    /** Every revision of the files below {@code prefix} (e.g. {@code articles/stempas/}), newest first per file. */
    public List<StoredFile> history(String prefix) {
        return files.history(prefix);
    }
}
