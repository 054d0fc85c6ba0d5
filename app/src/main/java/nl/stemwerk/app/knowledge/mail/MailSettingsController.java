package nl.stemwerk.app.knowledge.mail;

import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The beheerder's e-mail settings: the SMTP server, a test message, and the last messages sent or not. */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class MailSettingsController {
    static final String PAGE = "/beheer/e-mail";

    private final MailSettingsService settings;
    private final MailOutbox outbox;

    MailSettingsController(MailSettingsService settings, MailOutbox outbox) {
        this.settings = settings;
        this.outbox = outbox;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", settings.current().map(s -> new MailSettingsService.Form(s.host(),
                    String.valueOf(s.port()), s.sender(), s.security().name(), s.username(), "", false, s.enabled()))
                    .orElse(new MailSettingsService.Form("", "587", "", MailSecurity.STARTTLS.name(), "", "", false,
                            true)));
        }
        model.addAttribute("current", settings.current().orElse(null));
        model.addAttribute("securities", MailSecurity.values());
        model.addAttribute("deliveries", outbox.recent(20));
        return "knowledge/mail-settings";
    }

    @PostMapping(PAGE)
    String save(MailSettingsService.Form form, Model model) {
        return Forms.submit(model, () -> {
            settings.save(form);
            return "redirect:" + PAGE + "?opgeslagen";
        }, () -> {
            model.addAttribute("form", new MailSettingsService.Form(form.host(), form.port(), form.sender(),
                    form.security(), form.username(), "", false, form.enabled()));
            return page(model);
        });
    }

    @PostMapping(PAGE + "/test")
    String test(@RequestParam(defaultValue = "") String to, Model model) {
        return Forms.submit(model, () -> {
            if (!to.trim().matches(MailSettingsService.ADDRESS)) {
                throw InvalidInput.of("to", "Vul een geldig e-mailadres in voor het testbericht.");
            }
            MailDelivery delivery = outbox.send(new MailOutbox.Mail(to.trim(), "[Stemwerk] Testbericht",
                    "Dit is een testbericht van Stemwerk, verstuurd door " + CurrentUser.required().displayName()
                    + ". Komt dit bericht aan, dan werkt e-mail."));
            return "redirect:" + PAGE + (delivery.sent() ? "?verzonden" : "?mislukt");
        }, () -> page(model));
    }
}
