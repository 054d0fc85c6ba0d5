package nl.stemwerk.app.sortition.replacement;

import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.sortition.draw.DrawHistory;
import nl.stemwerk.app.sortition.draw.PublicDrawService;
import nl.stemwerk.app.sortition.draw.Withdrawal;
import nl.stemwerk.app.sortition.draw.WithdrawalReason;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The griffie's replacement page: record a withdrawal, compute the replacement lottery, see everyone's chance. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class ReplacementController {
    private static final String BASE = "/participatie/burgerberaden/{id:\\d+}/vervanging";

    private final ReplacementService replacements;

    ReplacementController(ReplacementService replacements) {
        this.replacements = replacements;
    }

    @GetMapping(BASE)
    String page(@PathVariable long id, Model model) {
        DrawHistory history = replacements.history(id);
        model.addAttribute("history", history);
        model.addAttribute("status", history.status());
        model.addAttribute("pending", history.pendingWithdrawals().stream().map(Withdrawal::memberId).toList());
        model.addAttribute("reasons", WithdrawalReason.values());
        history.replacementLottery(history.nextRound()).ifPresent(published -> {
            model.addAttribute("published", published);
            model.addAttribute("chances", ReplacementService.replacementChances(
                    PublicDrawService.lottery(history, published.round())));
        });
        return "sortition/replacement";
    }

    @PostMapping(BASE + "/terugtrekking")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String member,
                    @RequestParam(defaultValue = "") String reason, Model model) {
        return Forms.submit(model, () -> {
            replacements.withdraw(id, member, reason);
            return "redirect:/participatie/burgerberaden/" + id + "/vervanging";
        }, () -> page(id, model));
    }

    @PostMapping(BASE + "/berekenen")
    String compute(@PathVariable long id, Model model) {
        return Forms.submit(model, () -> {
            replacements.computeLottery(id);
            return "redirect:/participatie/burgerberaden/" + id + "/vervanging#kansen";
        }, () -> page(id, model));
    }
}
