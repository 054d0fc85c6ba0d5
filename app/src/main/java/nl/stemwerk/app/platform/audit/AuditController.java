package nl.stemwerk.app.platform.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The beheerder's view of the audit log, with filters; htmx refreshes only the table. */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class AuditController {
    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/beheer/auditlog")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String subject,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AuditFilter filter = new AuditFilter(actor, action, subject, from, to);
        int current = Math.max(1, page);
        long total = auditLog.count(filter);
        List<AuditEntry> entries = auditLog.page(filter, PAGE_SIZE, (current - 1) * PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", entries);
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("actions", auditLog.distinctActions());
        return htmx != null ? "audit/list :: results" : "audit/list";
    }
}
