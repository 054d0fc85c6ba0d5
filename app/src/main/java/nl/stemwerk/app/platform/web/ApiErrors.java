package nl.stemwerk.app.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to input a user must correct, to concurrent changes and to a server too busy to take a database
 * connection in time: Dutch JSON, never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInput e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("melding", e.getMessage());
        body.put("velden", e.fieldMessages());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> conflict(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("status", 409, "melding", ErrorMessages.forStatus(409)));
    }

    /**
     * No database connection came free within the pool's wait: the server is overloaded, not broken. 503 with
     * Retry-After tells a script to come back rather than report an error. The step that needed the connection did
     * not run; an earlier step of the same request may have been stored, so a client looks before it repeats.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    ResponseEntity<Map<String, Object>> busy(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                .body(Map.of("status", 503, "melding", ErrorMessages.forStatus(503)));
    }
}
