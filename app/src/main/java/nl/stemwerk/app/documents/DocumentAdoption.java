package nl.stemwerk.app.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import org.springframework.stereotype.Service;

/** A finishing session adopts its documents: stored as handed out, their SHA-256 hash codes in the audit log. */
@Service
public class DocumentAdoption {
    private final SessionDocuments documents;
    private final ChangeService changes;

    DocumentAdoption(SessionDocuments documents, ChangeService changes) {
        this.documents = documents;
        this.changes = changes;
    }

    /** Stores the files as the session's new set, inside the caller's transaction; returns the set as stored. */
    public List<SessionDocuments.Stored> adopt(long sessionId, List<DocumentFile> files) {
        Map<String, Object> hashes = new LinkedHashMap<>();
        files.forEach(f -> hashes.put(f.fileName(), f.sha256()));
        changes.apply(new Change("zitting.documenten-vastgesteld", "zitting:" + sessionId, hashes),
                () -> documents.store(sessionId, files));
        return documents.latest(sessionId);
    }
}
