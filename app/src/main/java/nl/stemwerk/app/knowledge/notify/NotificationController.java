package nl.stemwerk.app.knowledge.notify;

import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The user's own notifications, and the address for e-mail copies. */
@Controller
class NotificationController {
    static final String PAGE = "/kennisbank/meldingen";

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        StemwerkUser me = CurrentUser.required();
        model.addAttribute("notifications", notifications.of(me));
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", notifications.address(me).orElse(""));
        }
        return "knowledge/notifications";
    }

    /** Opens the page a notification is about and marks it read. */
    @PostMapping(PAGE + "/{id}")
    String open(@PathVariable long id) {
        return "redirect:" + notifications.open(CurrentUser.required(), id).orElse(PAGE);
    }

    @PostMapping(PAGE + "/gelezen")
    String markAllRead() {
        notifications.markAllRead(CurrentUser.required());
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/e-mail")
    String changeAddress(@RequestParam(defaultValue = "") String email, Model model) {
        return Forms.submit(model, () -> {
            notifications.changeAddress(CurrentUser.required(), email);
            return "redirect:" + PAGE + "?opgeslagen";
        }, () -> {
            model.addAttribute("email", email);
            return list(model);
        });
    }
}
