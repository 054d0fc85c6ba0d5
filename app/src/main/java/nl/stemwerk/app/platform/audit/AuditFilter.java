package nl.stemwerk.app.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Filters of the audit log page: by actor, action, subject text and date range. Empty means "all". */
public record AuditFilter(String actor, String action, String subject, LocalDate from, LocalDate to) {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    String where() {
        List<String> clauses = new ArrayList<>();
        clauses.add("true");
        if (present(actor)) {
            clauses.add("actor = :actor");
        }
        if (present(action)) {
            clauses.add("action = :action");
        }
        if (present(subject)) {
            clauses.add("subject ilike :subject");
        }
        if (from != null) {
            clauses.add("occurred_at >= :from");
        }
        if (to != null) {
            clauses.add("occurred_at < :to");
        }
        return String.join(" and ", clauses);
    }

    MapSqlParameterSource params() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("actor", actor).addValue("action", action);
        params.addValue("subject", present(subject) ? "%" + subject.replace("%", "\\%").replace("_", "\\_") + "%" : null);
        params.addValue("from", from == null ? null : java.sql.Timestamp.from(from.atStartOfDay(AMSTERDAM).toInstant()));
        params.addValue("to", to == null ? null : java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant()));
        return params;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
