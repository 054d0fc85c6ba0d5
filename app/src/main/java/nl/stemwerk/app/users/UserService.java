package nl.stemwerk.app.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users, assigning roles and changing passwords; every change is audited. */
@Service
public class UserService {
    private static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,62}$";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ChangeService changes;

    public UserService(UserRepository users, PasswordEncoder encoder, ChangeService changes) {
        this.users = users;
        this.encoder = encoder;
        this.changes = changes;
    }

    /** A new account with a random initial password that must be changed at first login. */
    public CreatedUser create(String username, String displayName, Set<Role> roles) {
        String name = normalise(username);
        String display = displayName == null ? "" : displayName.trim();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!name.matches(USERNAME_PATTERN)) {
            problems.add("username", "Een gebruikersnaam heeft 2 tot 63 tekens: kleine letters, cijfers, punt, streepje of liggend streepje.");
        }
        if (display.isEmpty() || display.length() > 200) {
            problems.add("displayName", "Vul de naam in (hoogstens 200 tekens).");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add("roles", "Kies minstens één rol.");
        }
        problems.throwIfAny();
        String initialPassword = PasswordPolicy.randomInitialPassword();
        Set<Role> assigned = EnumSet.copyOf(roles);
        try {
            changes.apply(new Change("gebruiker.aangemaakt", "gebruiker:" + name,
                            Map.of("gebruikersnaam", name, "naam", display, "rollen", roleNames(assigned))),
                    () -> users.insert(name, display, encoder.encode(initialPassword), true, assigned));
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("username", "De gebruikersnaam '" + name + "' bestaat al. Kies een andere.");
        }
        return new CreatedUser(name, initialPassword);
    }

    /** Demo and installation accounts whose password is set by Stemwerk itself (no forced change in demo mode). */
    @Transactional
    public void createWithPassword(String username, String displayName, Set<Role> roles, String password,
                                   boolean mustChange) {
        changes.applyAsSystem(new Change("gebruiker.aangemaakt", "gebruiker:" + username,
                        Map.of("gebruikersnaam", username, "naam", displayName, "rollen", roleNames(roles))),
                () -> users.insert(username, displayName, encoder.encode(password), mustChange, roles));
    }

    public void changeRoles(String username, Set<Role> roles) {
        StemwerkUser user = existing(username);
        if (roles == null || roles.isEmpty()) {
            throw InvalidInput.of("roles", "Kies minstens één rol.");
        }
        changes.apply(new Change("gebruiker.rollen-gewijzigd", "gebruiker:" + user.username(),
                        Map.of("voor", roleNames(user.roles()), "na", roleNames(roles))),
                () -> users.replaceRoles(user.id(), EnumSet.copyOf(roles)));
    }

    /** A new random password that the user must change at the next login. */
    public CreatedUser resetPassword(String username) {
        StemwerkUser user = existing(username);
        String password = PasswordPolicy.randomInitialPassword();
        changes.apply(new Change("gebruiker.wachtwoord-hersteld", "gebruiker:" + user.username(), Map.of()),
                () -> users.updatePassword(user.id(), encoder.encode(password), true));
        return new CreatedUser(user.username(), password);
    }

    public void setEnabled(String username, boolean enabled) {
        StemwerkUser user = existing(username);
        changes.apply(new Change(enabled ? "gebruiker.geactiveerd" : "gebruiker.geblokkeerd", "gebruiker:" + user.username(),
                Map.of()), () -> users.updateEnabled(user.id(), enabled));
    }

    /** The user's own change: the current password must be right, the new one must follow the policy. */
    public StemwerkUser changeOwnPassword(StemwerkUser user, String current, String newPassword, String repeat) {
        StemwerkUser fresh = existing(user.username());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (current == null || !encoder.matches(current, fresh.passwordHash())) {
            problems.add("current", "Uw huidige wachtwoord klopt niet.");
        }
        PasswordPolicy.problem(user.username(), newPassword).ifPresent(p -> problems.add("password", p));
        if (newPassword != null && !newPassword.equals(repeat)) {
            problems.add("repeat", "De twee nieuwe wachtwoorden zijn niet gelijk.");
        }
        if (newPassword != null && current != null && newPassword.equals(current)) {
            problems.add("password", "Kies een ander wachtwoord dan uw huidige.");
        }
        problems.throwIfAny();
        String hash = encoder.encode(newPassword);
        changes.apply(new Change("gebruiker.wachtwoord-gewijzigd", "gebruiker:" + user.username(), Map.of()),
                () -> users.updatePassword(user.id(), hash, false));
        return fresh.withPasswordChanged(hash);
    }

    public List<UserSummary> list() {
        return users.list();
    }

    private StemwerkUser existing(String username) {
        return users.findByUsername(normalise(username))
                .orElseThrow(() -> InvalidInput.of("username", "Gebruiker '" + username + "' bestaat niet."));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    /** The account and its one-time initial password, shown to the beheerder once. */
    public record CreatedUser(String username, String initialPassword) {
    }
}
