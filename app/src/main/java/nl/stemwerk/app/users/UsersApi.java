package nl.stemwerk.app.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The same user management as the beheer pages, for scripts: HTTP Basic or a session with CSRF token. */
@RestController
@RequestMapping("/api/beheer/gebruikers")
@PreAuthorize("hasRole('BEHEERDER')")
@Tag(name = "Gebruikers", description = "Accounts en rollen (alleen beheerder)")
class UsersApi {
    private final UserService users;

    UsersApi(UserService users) {
        this.users = users;
    }

    @Operation(summary = "Alle gebruikers met hun rollen")
    @GetMapping
    List<UserSummary> list() {
        return users.list();
    }

    @Operation(summary = "Maak een gebruiker; het antwoord bevat het eenmalige beginwachtwoord")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserService.CreatedUser create(@RequestBody NewUser user) {
        return users.create(user.username(), user.displayName(), user.roles() == null ? Set.of() : user.roles());
    }

    @Operation(summary = "Vervang de rollen van een gebruiker")
    @PutMapping("/{username}/rollen")
    void roles(@PathVariable String username, @RequestBody Set<Role> roles) {
        users.changeRoles(username, roles == null ? EnumSet.noneOf(Role.class) : roles);
    }

    @Operation(summary = "Geef een gebruiker een nieuw eenmalig wachtwoord")
    @PostMapping("/{username}/wachtwoord")
    UserService.CreatedUser reset(@PathVariable String username) {
        return users.resetPassword(username);
    }

    @Operation(summary = "Blokkeer of activeer een account")
    @PutMapping("/{username}/actief")
    void enabled(@PathVariable String username, @RequestBody boolean enabled) {
        users.setEnabled(username, enabled);
    }

    record NewUser(String username, String displayName, Set<Role> roles) {
    }
}
