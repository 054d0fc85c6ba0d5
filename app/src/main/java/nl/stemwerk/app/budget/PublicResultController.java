package nl.stemwerk.app.budget;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.budget.counting.BudgetCountService;
import nl.stemwerk.app.budget.counting.BudgetExports;
import nl.stemwerk.app.budget.counting.StoredCount;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The result for everyone, once the griffie has published it: winners, money per project, a chart with a table,
 * the explanation per project, and the anonymised data to recount it. Before that there is no result to see.
 */
@Controller
class PublicResultController {
    private final BudgetService budgets;
    private final BudgetCountService counts;

    PublicResultController(BudgetService budgets, BudgetCountService counts) {
        this.budgets = budgets;
        this.counts = counts;
    }

    @GetMapping(PublicBudgetController.BASE + "/{id:\\d+}/uitslag")
    String result(@PathVariable long id, Model model) {
        Budget budget = PublicBudgetController.publicBudget(budgets, id);
        model.addAttribute("budget", budget);
        Optional<StoredCount> count = published(budget);
        if (count.isEmpty()) {
            return "budget/public-no-result";
        }
        model.addAttribute("count", count.get());
        model.addAttribute("chart", chart(count.get()));
        return "budget/public-result";
    }

    @GetMapping(PublicBudgetController.BASE + "/{id:\\d+}/uitslag.pb")
    ResponseEntity<byte[]> pb(@PathVariable long id) {
        Budget budget = PublicBudgetController.publicBudget(budgets, id);
        published(budget).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(counts.pbFile(id), "text/plain;charset=UTF-8", "burgerbegroting-" + id + ".pb");
    }

    @GetMapping(PublicBudgetController.BASE + "/{id:\\d+}/uitslag.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        Budget budget = PublicBudgetController.publicBudget(budgets, id);
        StoredCount count = published(budget).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(BudgetExports.csv(count), "text/csv;charset=UTF-8", "burgerbegroting-" + id + "-uitslag.csv");
    }

    private Optional<StoredCount> published(Budget budget) {
        return budget.phase() == BudgetPhase.PUBLISHED ? counts.result(budget.id()) : Optional.empty();
    }

    /** The money per winning project, in the order they were chosen. */
    static ChartData chart(StoredCount count) {
        List<StoredCount.CountedProject> winners = count.winners();
        return new ChartData(winners.stream().map(w -> w.project().name()).toList(),
                List.of(new ChartData.Series("Bedrag in euro", winners.stream()
                        .map(w -> w.project().cost().cents() / 100.0).toList())), true, false);
    }

    static ResponseEntity<byte[]> download(byte[] bytes, String type, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(bytes);
    }
}
