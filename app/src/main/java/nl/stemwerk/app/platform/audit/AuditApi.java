package nl.stemwerk.app.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for scripts, with the same filters as the page. */
@RestController
@PreAuthorize("hasRole('BEHEERDER')")
@Tag(name = "Auditlog", description = "Het append-only, hash-geketende auditlog (alleen beheerder)")
class AuditApi {
    private final AuditLog auditLog;

    AuditApi(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Operation(summary = "Rijen van het auditlog, nieuwste eerst")
    @GetMapping("/api/beheer/auditlog")
    List<AuditEntry> list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                          @RequestParam(required = false) String subject,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return auditLog.page(new AuditFilter(actor, action, subject, from, to), Math.clamp(limit, 1, 1000), Math.max(0, offset));
    }
}
