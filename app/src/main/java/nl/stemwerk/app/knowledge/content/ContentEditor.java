package nl.stemwerk.app.knowledge.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.stemwerk.app.knowledge.search.KnowledgeSearch;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change to the content: a save from the editor, a removal, an import, the seed content at first start. Each
 * is checked by the library against the whole content as it would be afterwards (all or nothing), stored as new
 * revisions with who and when, audited, and then shown in the pages and the search index.
 */
@Service
public class ContentEditor {
    private final ContentFileRepository files;
    private final KnowledgeContent content;
    private final KnowledgeSearch search;
    private final ChangeService changes;
    private final TransactionTemplate transaction;

    ContentEditor(ContentFileRepository files, KnowledgeContent content, KnowledgeSearch search,
                  ChangeService changes, TransactionTemplate transaction) {
        this.files = files;
        this.content = content;
        this.search = search;
        this.changes = changes;
        this.transaction = transaction;
    }

    /** What a write did. */
    public record Outcome(List<String> added, List<String> changed, int unchanged) {
        public boolean changedAnything() {
            return !added.isEmpty() || !changed.isEmpty();
        }
    }

    /**
     * Saves one file.
     *
     * @param basedOn the revision the editor started from; 0 for a new file
     * @throws ContentRejected                    when the content would not be valid; nothing is stored
     * @throws OptimisticLockingFailureException when someone else saved the file since {@code basedOn}
     */
    public Outcome save(String path, String text, int basedOn) {
        Objects.requireNonNull(text, "text");
        return write(new Request("kennisbank.bestand-opgeslagen", "kennisbank:" + path, Map.of(path, text),
                Map.of(path, basedOn), false));
    }

    /** Removes one file; the earlier revisions stay. */
    public Outcome remove(String path, int basedOn) {
        Map<String, String> removal = new HashMap<>();
        removal.put(path, null);
        return write(new Request("kennisbank.bestand-verwijderd", "kennisbank:" + path, removal, Map.of(path, basedOn),
                false));
    }

    /**
     * Adds or replaces the given files (paths below the content root); files not given stay as they are.
     *
     * @throws ContentRejected listing every problem in every file; nothing is stored
     */
    public Outcome importFiles(Map<String, String> texts) {
        return write(new Request("kennisbank.inhoud-geimporteerd", "kennisbank:import", texts, Map.of(), false));
    }

    /**
     * Stores the seed content of the library when the kennisbank has no content at all. The seed is product
     * content, so this runs in production mode too.
     */
    public Outcome seedIfEmpty(Map<String, String> seed) {
        if (!files.isEmpty()) {
            return new Outcome(List.of(), List.of(), 0);
        }
        return write(new Request("kennisbank.inhoud-geladen", "kennisbank:startinhoud", seed, Map.of(), true));
    }

    /**
     * @param basedOn  per path the revision the editor started from (checked); paths not in it are not checked
     * @param seed     Stemwerk's own write, only into an empty kennisbank
     */
    private record Request(String action, String subject, Map<String, String> writes, Map<String, Integer> basedOn,
                           boolean seed) {
    }

    private Outcome write(Request request) {
        Map<String, String> writes = request.writes();
        Map<String, String> accepted = new TreeMap<>();
        Outcome outcome = transaction.execute(status -> {
            files.lockForWriting();
            Map<String, StoredFile> latest = files.latest();
            if (request.seed() && !latest.isEmpty()) {
                return new Outcome(List.of(), List.of(), 0);
            }
            request.basedOn().forEach((path, revision) -> requireCurrent(latest.get(path), path, revision));
            Map<String, String> after = new TreeMap<>(ContentSnapshot.texts(current(latest)));
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            writes.forEach((path, text) -> {
                String before = after.get(path);
                if (Objects.equals(before, text)) {
                    return;
                }
                (before == null ? added : changed).add(path);
                accepted.put(path, text);
                if (text == null) {
                    after.remove(path);
                } else {
                    after.put(path, text);
                }
            });
            ContentCheck.Outcome check = ContentCheck.of(after);
            if (!check.valid()) {
                throw new ContentRejected(check.problems());
            }
            if (accepted.isEmpty()) {
                return new Outcome(List.of(), List.of(), writes.size());
            }
            String actor = request.seed() ? ChangeService.SYSTEM : ChangeService.currentActor();
            Change change = new Change(request.action(), request.subject(), details(accepted, latest));
            Runnable store = () -> accepted.forEach((path, text) ->
                    files.insert(path, nextRevision(latest.get(path)), text, actor));
            if (request.seed()) {
                changes.applyAsSystem(change, () -> {
                    store.run();
                    return null;
                });
            } else {
                changes.apply(change, store);
            }
            return new Outcome(List.copyOf(added), List.copyOf(changed), writes.size() - accepted.size());
        });
        if (!accepted.isEmpty()) {
            ContentSnapshot now = content.reload();
            search.refresh(now.knowledgeBase(), Set.copyOf(accepted.keySet()));
        }
        return outcome;
    }

    private static void requireCurrent(StoredFile latest, String path, int basedOn) {
        boolean exists = latest != null && !latest.removed();
        if (basedOn == 0 && exists) {
            throw InvalidInput.of("id", "Er bestaat al een tekst op deze plek (" + path + "). Kies een ander id of"
                    + " bewerk de bestaande tekst.");
        }
        if (basedOn > 0 && (latest == null || latest.revision() != basedOn)) {
            throw new OptimisticLockingFailureException("file " + path + " is no longer at revision " + basedOn);
        }
    }

    private static Map<String, StoredFile> current(Map<String, StoredFile> latest) {
        Map<String, StoredFile> current = new LinkedHashMap<>();
        latest.values().stream().filter(file -> !file.removed()).forEach(file -> current.put(file.path(), file));
        return current;
    }

    private static int nextRevision(StoredFile latest) {
        return latest == null ? 1 : latest.revision() + 1;
    }

    private static Map<String, Object> details(Map<String, String> accepted, Map<String, StoredFile> latest) {
        List<Map<String, Object>> written = new ArrayList<>();
        accepted.forEach((path, text) -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("pad", path);
            file.put("revisie", nextRevision(latest.get(path)));
            file.put("verwijderd", text == null);
            written.add(file);
        });
        return Map.of("bestanden", written);
    }
}
