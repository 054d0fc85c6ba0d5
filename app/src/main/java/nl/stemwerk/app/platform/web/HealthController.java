package nl.stemwerk.app.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For monitoring: 200 when the application and its database answer, 503 otherwise. */
@RestController
class HealthController {
    private final JdbcClient jdbc;

    HealthController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Werkt Stemwerk? 200 als de toepassing en de database antwoorden.")
    @GetMapping(value = "/health", produces = "application/json")
    ResponseEntity<Map<String, String>> health() {
        try {
            jdbc.sql("select 1").query(Integer.class).single();
            return ResponseEntity.ok(Map.of("status", "UP", "database", "UP"));
        } catch (RuntimeException e) {
            return ResponseEntity.status(503).body(Map.of("status", "DOWN", "database", "DOWN"));
        }
    }
}
