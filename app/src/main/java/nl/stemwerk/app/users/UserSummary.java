package nl.stemwerk.app.users;

import java.time.Instant;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;

/** A user as the beheerder's list shows it (never the password hash). */
public record UserSummary(String username, String displayName, Set<Role> roles, boolean enabled,
                          boolean mustChangePassword, Instant createdAt) {
}
