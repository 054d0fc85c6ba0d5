package nl.stemwerk.app.platform.web;

import nl.stemwerk.app.platform.security.StemwerkUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** The start page that fits the user's role, and the section pages (the kennisbank has its own). */
@Controller
class StartController {
    private final Navigation navigation;

    StartController(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/start";
    }

    @GetMapping("/start")
    String start(Model model) {
        StemwerkUser user = CurrentUser.required();
        model.addAttribute("role", user.primaryRole());
        model.addAttribute("tiles", navigation.startTiles(user.roles()));
        return "platform/start";
    }

    @GetMapping({"/verkiezingen", "/opkomst", "/participatie"})
    String section(jakarta.servlet.http.HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Section section = java.util.Arrays.stream(Section.values()).filter(s -> s.path().equals(path)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("section", section);
        model.addAttribute("links", navigation.inSection(section, CurrentUser.required().roles()));
        return "platform/section";
    }
}
