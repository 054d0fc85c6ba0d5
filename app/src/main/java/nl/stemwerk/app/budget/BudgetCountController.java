package nl.stemwerk.app.budget;

import java.util.Optional;
import nl.stemwerk.app.budget.counting.BudgetCountService;
import nl.stemwerk.app.budget.counting.BudgetExports;
import nl.stemwerk.app.budget.counting.StoredCount;
import nl.stemwerk.app.platform.web.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The griffie's count: draw the lot once, count once, recount to check, and the exports. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class BudgetCountController {
    private final BudgetService budgets;
    private final BudgetCountService counts;

    BudgetCountController(BudgetService budgets, BudgetCountService counts) {
        this.budgets = budgets;
        this.counts = counts;
    }

    @GetMapping(BudgetController.BASE + "/{id:\\d+}/telling")
    String page(@PathVariable long id, Model model) {
        Budget budget = budgets.get(id);
        model.addAttribute("budget", budget);
        model.addAttribute("lot", counts.lot(id).orElse(null));
        Optional<StoredCount> count = counts.result(id);
        model.addAttribute("count", count.orElse(null));
        count.ifPresent(c -> model.addAttribute("chart", PublicResultController.chart(c)));
        return "budget/count";
    }

    @PostMapping(BudgetController.BASE + "/{id:\\d+}/loting")
    String drawLot(@PathVariable long id, @RequestParam(defaultValue = "") String seed, Model model) {
        return Forms.submit(model, () -> {
            counts.drawLot(id, seed);
            return "redirect:" + BudgetController.BASE + "/" + id + "/telling?geloot";
        }, () -> page(id, model));
    }

    @PostMapping(BudgetController.BASE + "/{id:\\d+}/telling")
    String count(@PathVariable long id, Model model) {
        return Forms.submit(model, () -> {
            counts.count(id);
            return "redirect:" + BudgetController.BASE + "/" + id + "/telling?geteld";
        }, () -> page(id, model));
    }

    @PostMapping(BudgetController.BASE + "/{id:\\d+}/narekenen")
    String recount(@PathVariable long id, Model model) {
        return Forms.submit(model, () -> {
            model.addAttribute("recount", counts.recount(id));
            return page(id, model);
        }, () -> page(id, model));
    }

    @GetMapping(BudgetController.BASE + "/{id:\\d+}/export.pb")
    ResponseEntity<byte[]> pb(@PathVariable long id) {
        requireClosed(budgets.get(id));
        return PublicResultController.download(counts.pbFile(id), "text/plain;charset=UTF-8",
                "burgerbegroting-" + id + ".pb");
    }

    @GetMapping(BudgetController.BASE + "/{id:\\d+}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        StoredCount count = counts.result(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return PublicResultController.download(BudgetExports.csv(count), "text/csv;charset=UTF-8",
                "burgerbegroting-" + id + "-uitslag.csv");
    }

    /** The ballots leave Stemwerk only once voting has closed, so no running result can be read from them. */
    static void requireClosed(Budget budget) {
        if (!budget.phase().mayCount()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
