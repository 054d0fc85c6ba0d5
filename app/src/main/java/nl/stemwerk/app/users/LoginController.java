package nl.stemwerk.app.users;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security handles the POST. */
@Controller
class LoginController {
    @GetMapping("/inloggen")
    String login() {
        return "platform/login";
    }
}
