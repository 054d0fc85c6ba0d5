package nl.stemwerk.app.election.emlfile;

import java.util.List;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.eml.EmlMessageType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The EML files that put data into Stemwerk, kept byte for byte with their SHA-256. Storing is part of the
 * caller's audited transaction (the import that used the file); nothing here is ever changed or removed.
 */
@Service
public class EmlFiles {
    /** The source of a file a user uploaded. */
    public static final String UPLOAD = "upload";

    private final EmlFileRepository files;

    EmlFiles(EmlFileRepository files) {
        this.files = files;
    }

    /** Keeps a file that an import used; must run inside the import's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredEmlFile store(long electionId, EmlMessageType type, UploadedFile file, String source) {
        long id = files.insert(electionId, type, file, source, ChangeService.currentActor());
        return files.find(id).orElseThrow();
    }

    public List<StoredEmlFile> ofElection(long electionId) {
        return files.ofElection(electionId);
    }

    public StoredEmlFile find(long id) {
        return files.find(id).orElseThrow(() -> InvalidInput.of("file", "Dit bestand bestaat niet."));
    }

    /** The bytes exactly as they were imported. */
    public byte[] content(long id) {
        return files.content(id);
    }
}
