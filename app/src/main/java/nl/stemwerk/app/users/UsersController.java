package nl.stemwerk.app.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The beheerder's pages to create users, give roles, reset passwords and block accounts. */
@Controller
@RequestMapping("/beheer/gebruikers")
@PreAuthorize("hasRole('BEHEERDER')")
class UsersController {
    private final UserService users;

    UsersController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.all());
        return "users/list";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(name = "roles", required = false) List<Role> roles, Model model) {
        try {
            model.addAttribute("created", users.create(username, displayName, toSet(roles)));
            return "users/created";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
            model.addAttribute("form", new NewUserForm(username, displayName, toSet(roles)));
            return list(model);
        }
    }

    @PostMapping("/{username}/rollen")
    String roles(@PathVariable String username, @RequestParam(name = "roles", required = false) List<Role> roles, Model model) {
        users.changeRoles(username, toSet(roles));
        return "redirect:/beheer/gebruikers";
    }

    @PostMapping("/{username}/wachtwoord")
    String reset(@PathVariable String username, Model model) {
        model.addAttribute("created", users.resetPassword(username));
        model.addAttribute("reset", true);
        return "users/created";
    }

    @PostMapping("/{username}/actief")
    String enabled(@PathVariable String username, @RequestParam boolean enabled) {
        users.setEnabled(username, enabled);
        return "redirect:/beheer/gebruikers";
    }

    private static Set<Role> toSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** What the beheerder typed, shown again when something was wrong. */
    record NewUserForm(String username, String displayName, Set<Role> roles) {
    }
}
