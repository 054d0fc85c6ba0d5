package nl.stemwerk.app.budget;

import java.util.List;
import nl.stemwerk.app.budget.voting.BudgetVoteService;
import nl.stemwerk.app.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff enter paper ballots, each with the code from its letter; stored as paper, with who entered it. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class PaperBallotController {
    private final BudgetService budgets;
    private final BudgetVoteService votes;

    PaperBallotController(BudgetService budgets, BudgetVoteService votes) {
        this.budgets = budgets;
        this.votes = votes;
    }

    @GetMapping(BudgetController.BASE + "/{id:\\d+}/papier")
    String page(@PathVariable long id, Model model) {
        Budget budget = budgets.get(id);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", budgets.projects(id));
        model.addAttribute("open", votes.acceptsPaperVotes(budget));
        model.addAttribute("turnout", votes.turnout(id));
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", List.of());
        }
        return "budget/paper";
    }

    @PostMapping(BudgetController.BASE + "/{id:\\d+}/papier")
    String enter(@PathVariable long id, @RequestParam(defaultValue = "") String code,
                 @RequestParam(name = "projects", required = false) List<String> chosen, Model model) {
        List<String> projects = chosen == null ? List.of() : chosen;
        model.addAttribute("chosen", projects);
        model.addAttribute("code", code);
        return Forms.submit(model, () -> {
            votes.castPaper(id, code, projects);
            return "redirect:" + BudgetController.BASE + "/" + id + "/papier?ingevoerd";
        }, () -> page(id, model));
    }
}
