package nl.stemwerk.app.knowledge.content;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.knowledge.relevance.RelevanceSet;
import org.springframework.stereotype.Service;

/** Export of all content as one zip, and import of such a zip (all or nothing). */
@Service
public class ContentTransfer {
    private static final String RELEVANCE = RelevanceSet.FILE;

    private final KnowledgeContent content;
    private final ContentEditor editor;

    ContentTransfer(KnowledgeContent content, ContentEditor editor) {
        this.content = content;
        this.editor = editor;
    }

    /** What an import did; {@code skipped} are files in the zip that are not content. */
    public record Imported(List<String> added, List<String> changed, int unchanged, List<String> skipped) {
    }

    public byte[] export() {
        return ContentZip.write(ContentSnapshot.texts(content.snapshot().files()));
    }

    /**
     * Adds or replaces the files in the zip; content not in it stays.
     *
     * @throws ContentRejected listing every problem (file, line, code, message); nothing is stored
     */
    public Imported importZip(InputStream zip) {
        ContentZip.Read read = ContentZip.read(zip);
        if (!read.problems().isEmpty()) {
            throw new ContentRejected(read.problems());
        }
        ContentEditor.Outcome outcome = editor.importFiles(read.files());
        return new Imported(outcome.added(), outcome.changed(), outcome.unchanged(), read.skipped());
    }

    /** The relevance set with one more query (the editor's form); checked like any content file. */
    public void addRelevanceQuery(String query, String expectedId, String note) {
        String q = oneCell(query);
        String id = oneCell(expectedId);
        List<FileProblem> problems = new ArrayList<>();
        if (q.isEmpty()) {
            problems.add(new FileProblem(RELEVANCE, 0, "EMPTY_QUERY", "Vul de zoekvraag in."));
        }
        if (!content.snapshot().knowledgeBase().contains(id)) {
            problems.add(new FileProblem(RELEVANCE, 0, "UNKNOWN_ID", "Er is geen artikel of vraag met het id '" + id
                    + "'."));
        }
        if (!problems.isEmpty()) {
            throw new ContentRejected(problems);
        }
        ContentSnapshot snapshot = content.snapshot();
        StoredFile stored = snapshot.file(RELEVANCE).orElse(null);
        String before = stored == null ? "query\texpected_id\tnote\n" : stored.text();
        String line = q + "\t" + id + "\t" + oneCell(note) + "\n";
        editor.save(RELEVANCE, (before.endsWith("\n") ? before : before + "\n") + line,
                stored == null ? 0 : stored.revision());
    }

    /** A cell of the tab-separated file: no tabs or line breaks inside. */
    private static String oneCell(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
