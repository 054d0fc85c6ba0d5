package nl.stemwerk.app.platform.audit;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way Stemwerk writes data: the change and its audit row in a single transaction. If either fails,
 * neither is stored. Every feature's write goes through {@link #apply}.
 */
@Service
public class ChangeService {
    public static final String SYSTEM = "systeem";

    private final AuditLog auditLog;

    public ChangeService(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Runs {@code write} and records {@code change} by the current user, atomically. */
    @Transactional
    public <T> T apply(Change change, Supplier<T> write) {
        T result = write.get();
        auditLog.append(currentActor(), change);
        return result;
    }

    /** As {@link #apply(Change, Supplier)} for a write without a result. */
    @Transactional
    public void apply(Change change, Runnable write) {
        write.run();
        auditLog.append(currentActor(), change);
    }

    /** As {@link #apply(Change, Supplier)}, for Stemwerk's own actions (seeding, scheduled jobs, CLI). */
    @Transactional
    public <T> T applyAsSystem(Change change, Supplier<T> write) {
        T result = write.get();
        auditLog.append(SYSTEM, change);
        return result;
    }

    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
