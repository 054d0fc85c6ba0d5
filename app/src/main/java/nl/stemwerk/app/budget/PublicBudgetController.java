package nl.stemwerk.app.budget;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.stemwerk.app.budget.voting.BudgetVoteService;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resident pages of a burgerbegroting, without login: what it is, the projects, and voting with the code from the
 * letter. Budgets in preparation or stopped do not exist for residents.
 */
@Controller
class PublicBudgetController {
    static final String BASE = "/publiek/begrotingen";

    private final BudgetService budgets;
    private final BudgetVoteService votes;

    PublicBudgetController(BudgetService budgets, BudgetVoteService votes) {
        this.budgets = budgets;
        this.votes = votes;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("budgets", budgets.listPublic());
        return "budget/public-list";
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String budget(@PathVariable long id, Model model) {
        Budget budget = publicBudget(budgets, id);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", budgets.projects(id));
        model.addAttribute("open", votes.acceptsOnlineVotes(budget));
        return "budget/public-budget";
    }

    @GetMapping(BASE + "/{id:\\d+}/stemmen")
    String voteForm(@PathVariable long id, Model model) {
        Budget budget = publicBudget(budgets, id);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", budgets.projects(id));
        model.addAttribute("open", votes.acceptsOnlineVotes(budget));
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", List.of());
        }
        return "budget/public-vote";
    }

    @PostMapping(BASE + "/{id:\\d+}/stemmen")
    String vote(@PathVariable long id, @RequestParam(defaultValue = "") String code,
                @RequestParam(name = "projects", required = false) List<String> chosen, HttpServletRequest request,
                Model model) {
        List<String> projects = chosen == null ? List.of() : chosen;
        model.addAttribute("chosen", projects);
        model.addAttribute("code", code);
        return Forms.submit(model, () -> {
            publicBudget(budgets, id);
            votes.castOnline(id, code, projects, request.getRemoteAddr());
            return "redirect:" + BASE + "/" + id + "/bedankt";
        }, () -> voteForm(id, model));
    }

    @GetMapping(BASE + "/{id:\\d+}/bedankt")
    String thanks(@PathVariable long id, Model model) {
        model.addAttribute("budget", publicBudget(budgets, id));
        return "budget/public-thanks";
    }

    /** The budget when residents may see it; 404 otherwise, so a budget in preparation does not show it exists. */
    static Budget publicBudget(BudgetService budgets, long id) {
        try {
            Budget budget = budgets.get(id);
            if (BudgetService.isPublic(budget)) {
                return budget;
            }
        } catch (InvalidInput e) {
            // unknown id: the same answer as a budget residents may not see
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
