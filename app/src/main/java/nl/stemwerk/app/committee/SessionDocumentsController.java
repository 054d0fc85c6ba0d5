package nl.stemwerk.app.committee;

import nl.stemwerk.app.documents.DocumentFile;
import nl.stemwerk.app.documents.SessionDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Downloads of the documents a session adopted: each file, and all of them in one zip with their hash codes. */
@Controller
class SessionDocumentsController {
    private final SessionDocuments documents;
    private final CommitteeSessionService sessions;

    SessionDocumentsController(SessionDocuments documents, CommitteeSessionService sessions) {
        this.documents = documents;
        this.sessions = sessions;
    }

    @GetMapping({"/verkiezingen/zitting/{sessionId}/documenten/{fileName:.+}", "/api/zittingen/{sessionId}/documenten/{fileName:.+}"})
    ResponseEntity<byte[]> file(@PathVariable long sessionId, @PathVariable String fileName) {
        DocumentFile file = documents.file(sessionId, fileName)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(file.fileName(), MediaType.parseMediaType(file.mediaType()), file.content());
    }

    @GetMapping({"/verkiezingen/zitting/{sessionId}/documenten.zip", "/api/zittingen/{sessionId}/documenten.zip"})
    ResponseEntity<byte[]> zip(@PathVariable long sessionId) {
        CommitteeSession session = sessions.find(sessionId);
        if (documents.latest(sessionId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = "definitieve-documenten_" + session.committee().name().toLowerCase(java.util.Locale.ROOT)
                + "_zitting-" + session.number() + ".zip";
        return download(name, MediaType.parseMediaType("application/zip"), documents.zip(sessionId));
    }

    private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
        headers.set("X-Content-SHA256", DocumentFile.sha256(content));
        return ResponseEntity.ok().headers(headers).body(content);
    }
}
