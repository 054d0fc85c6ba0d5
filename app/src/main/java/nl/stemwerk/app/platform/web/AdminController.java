package nl.stemwerk.app.platform.web;

import nl.stemwerk.app.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The beheer overview: the pages only the beheerder sees. */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class AdminController {
    private final Navigation navigation;

    AdminController(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/beheer")
    String admin(Model model) {
        model.addAttribute("links", navigation.admin(java.util.EnumSet.of(Role.BEHEERDER)));
        return "platform/admin";
    }
}
