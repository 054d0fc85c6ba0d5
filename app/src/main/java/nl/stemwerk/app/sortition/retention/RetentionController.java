package nl.stemwerk.app.sortition.retention;

import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.AssemblyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The griffie's retention page: the dates, and a button to delete the personal data now. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class RetentionController {
    private static final String BASE = "/participatie/burgerberaden/{id:\\d+}/bewaartermijn";

    private final RetentionService retention;
    private final AssemblyService assemblies;

    RetentionController(RetentionService retention, AssemblyService assemblies) {
        this.retention = retention;
        this.assemblies = assemblies;
    }

    @GetMapping(BASE)
    String page(@PathVariable long id, Model model) {
        model.addAttribute("assembly", assemblies.get(id));
        model.addAttribute("retention", retention.find(id).orElse(null));
        model.addAttribute("defaultMonths", RetentionService.DEFAULT_MONTHS);
        return "sortition/retention";
    }

    @PostMapping(BASE)
    String setDates(@PathVariable long id, @RequestParam(defaultValue = "") String lastMeeting,
                    @RequestParam(defaultValue = "") String retainUntil, Model model) {
        model.addAttribute("lastMeeting", lastMeeting);
        model.addAttribute("retainUntil", retainUntil);
        return Forms.submit(model, () -> {
            retention.setDates(id, lastMeeting, retainUntil);
            return "redirect:/participatie/burgerberaden/" + id + "/bewaartermijn";
        }, () -> page(id, model));
    }

    @PostMapping(BASE + "/verwijderen")
    String deleteNow(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model) {
        return Forms.submit(model, () -> {
            if (!confirm) {
                throw InvalidInput.of("confirm", "Vink aan dat u de persoonsgegevens nu wilt verwijderen.");
            }
            retention.deleteNow(id);
            return "redirect:/participatie/burgerberaden/" + id + "/bewaartermijn";
        }, () -> page(id, model));
    }
}
