package nl.stemwerk.app.budget;

import nl.stemwerk.app.budget.voting.BudgetVoteService;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The griffie's burgerbegrotingen: the list, a new one, one budget's overview with its phase, its settings. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class BudgetController {
    static final String BASE = "/participatie/begrotingen";

    private final BudgetService budgets;
    private final BudgetVoteService votes;

    BudgetController(BudgetService budgets, BudgetVoteService votes) {
        this.budgets = budgets;
        this.votes = votes;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("budgets", budgets.list());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BudgetForm.blank());
        }
        model.addAttribute("rules", RulePresets.ALL);
        return "budget/list";
    }

    @PostMapping(BASE)
    String create(@ModelAttribute("form") BudgetForm form, Model model) {
        return Forms.submit(model, () -> "redirect:" + BASE + "/" + budgets.create(form.toSettings()),
                () -> list(model));
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String overview(@PathVariable long id, Model model) {
        Budget budget = budgets.get(id);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", budgets.projects(id));
        model.addAttribute("actions", PhaseAction.allowedIn(budget.phase()));
        model.addAttribute("turnout", votes.turnout(id));
        model.addAttribute("counted", budgets.isCounted(id));
        return "budget/overview";
    }

    @PostMapping(BASE + "/{id:\\d+}/fase")
    String phase(@PathVariable long id, @RequestParam int version, @RequestParam String action, Model model) {
        return Forms.submit(model, () -> {
            budgets.transition(id, version, action(action));
            return "redirect:" + BASE + "/" + id + "?fase";
        }, () -> overview(id, model));
    }

    @GetMapping(BASE + "/{id:\\d+}/instellingen")
    String settings(@PathVariable long id, Model model) {
        Budget budget = budgets.get(id);
        model.addAttribute("budget", budget);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BudgetForm.of(budget));
        }
        model.addAttribute("rules", RulePresets.ALL);
        return "budget/settings";
    }

    @PostMapping(BASE + "/{id:\\d+}/instellingen")
    String saveSettings(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") BudgetForm form,
                        Model model) {
        return Forms.submit(model, () -> {
            budgets.update(id, version, form.toSettings());
            return "redirect:" + BASE + "/" + id + "/instellingen?opgeslagen";
        }, () -> settings(id, model));
    }

    static PhaseAction action(String name) {
        try {
            return PhaseAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("phase", "Onbekende actie: " + name + ".");
        }
    }
}
