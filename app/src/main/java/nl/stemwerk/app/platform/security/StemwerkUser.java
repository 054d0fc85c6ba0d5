package nl.stemwerk.app.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it. */
public record StemwerkUser(long id, String username, String displayName, String passwordHash, boolean enabled,
                           boolean mustChangePassword, Set<Role> roles) implements UserDetails {
    public StemwerkUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public Role primaryRole() {
        return Role.primary(roles);
    }

    /** Whether the user has one of these roles (by name), for templates. */
    public boolean hasAnyRole(String... roleNames) {
        return java.util.Arrays.stream(roleNames).anyMatch(name -> roles.contains(Role.valueOf(name)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public StemwerkUser withPasswordChanged(String newHash) {
        return new StemwerkUser(id, username, displayName, newHash, enabled, false, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
