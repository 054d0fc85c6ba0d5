package nl.stemwerk.app.knowledge;

import nl.stemwerk.app.knowledge.content.ContentEditor;
import nl.stemwerk.app.knowledge.content.SeedContent;
import nl.stemwerk.app.knowledge.search.KnowledgeSearch;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Before the web server accepts requests: store the seed content when the kennisbank is empty (in demo and
 * production mode alike: it is product content, not demo data) and build the search index from the database.
 */
@Component
class KnowledgeStartup implements SmartInitializingSingleton {
    private final ContentEditor editor;
    private final SeedContent seed;
    private final KnowledgeSearch search;
    private final boolean enabled;

    KnowledgeStartup(ContentEditor editor, SeedContent seed, KnowledgeSearch search,
                     @Value("${stemwerk.startup-tasks:true}") boolean enabled) {
        this.editor = editor;
        this.seed = seed;
        this.search = search;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        editor.seedIfEmpty(seed.files());
        search.rebuild();
    }
}
