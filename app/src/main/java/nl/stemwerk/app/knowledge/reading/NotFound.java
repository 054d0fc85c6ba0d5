package nl.stemwerk.app.knowledge.reading;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A kennisbank item that does not exist: the Dutch 404 page. */
final class NotFound {
    private NotFound() {
    }

    static ResponseStatusException item() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
