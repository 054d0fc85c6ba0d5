package nl.stemwerk.app.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every user changes their own password here; first-time users are sent here before anything else. */
@Controller
class PasswordController {
    private final UserService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(UserService users) {
        this.users = users;
    }

    @GetMapping("/wachtwoord")
    String form(Model model) {
        model.addAttribute("forced", CurrentUser.required().mustChangePassword());
        return "users/password";
    }

    @PostMapping("/wachtwoord")
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String repeat, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        StemwerkUser me = CurrentUser.required();
        try {
            StemwerkUser updated = users.changeOwnPassword(me, current, password, repeat);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return "redirect:/start?wachtwoordGewijzigd";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
            model.addAttribute("forced", me.mustChangePassword());
            return "users/password";
        }
    }
}
