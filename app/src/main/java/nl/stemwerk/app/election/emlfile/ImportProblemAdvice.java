package nl.stemwerk.app.election.emlfile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to an import problem: the usual Dutch JSON ({@code status}, {@code melding}, {@code velden}) plus
 * the stable {@code code}, so that a script can tell a wrong hash code from a broken file.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemAdvice {

    @ExceptionHandler(ImportProblem.class)
    ResponseEntity<Map<String, Object>> problem(ImportProblem e) {
        HttpStatus status = switch (e.code()) {
            case "FILE_TOO_LARGE" -> HttpStatus.CONTENT_TOO_LARGE;
            case "IMPORT_NOT_FOUND" -> HttpStatus.NOT_FOUND;
            case "WRONG_STEP" -> HttpStatus.CONFLICT;
            case "BUSY" -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("code", e.code());
        body.put("melding", e.getMessage());
        body.put("velden", e.fieldMessages());
        return ResponseEntity.status(status).body(body);
    }
}
