package nl.stemwerk.app.sortition.draw;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stemwerk.app.budget.votingcode.DownloadView;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.PanelCsv;
import nl.stemwerk.sortition.draw.Reserves;
import nl.stemwerk.sortition.selection.SelectionProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public draw: the griffie's page with the seed form, the read-only projector page for the room, and the files
 * anyone needs to replay a draw (the lottery file and the seed of each round).
 */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class PublicDrawController {
    static final String BASE = "/participatie/burgerberaden/{id:\\d+}/trekking";

    private final PublicDrawService draws;

    PublicDrawController(PublicDrawService draws) {
        this.draws = draws;
    }

    @GetMapping(BASE)
    String page(@PathVariable long id, Model model) {
        DrawHistory history = draws.history(id);
        addRound(history, model);
        model.addAttribute("shown", ShownDraw.of(history).reversed());
        return "sortition/draw";
    }

    @PostMapping(BASE)
    String draw(@PathVariable long id, @RequestParam int round, @RequestParam(defaultValue = "") String method,
                @RequestParam(defaultValue = "") String seed, Model model) {
        model.addAttribute("seed", seed);
        model.addAttribute("method", method);
        return Forms.submit(model, () -> {
            draws.draw(id, round, method, seed);
            return "redirect:/participatie/burgerberaden/" + id + "/trekking/beamer";
        }, () -> page(id, model));
    }

    @GetMapping(BASE + "/beamer")
    String projector(@PathVariable long id, Model model) {
        DrawHistory history = draws.history(id);
        addRound(history, model);
        List<ShownDraw> shown = ShownDraw.of(history);
        model.addAttribute("latest", shown.isEmpty() ? null : shown.getLast());
        return "sortition/projector";
    }

    @GetMapping(BASE + "/{round:\\d+}/loting.txt")
    ModelAndView lotteryFile(@PathVariable long id, @PathVariable int round) {
        String file = draws.history(id).lotteryFile(round)
                .orElseThrow(() -> InvalidInput.of("round", "Voor deze ronde is geen loting gepubliceerd."));
        return download(file, "loting-burgerberaad-" + id + "-ronde-" + round + ".txt");
    }

    @GetMapping(BASE + "/{round:\\d+}/lotnummer.txt")
    ModelAndView seedFile(@PathVariable long id, @PathVariable int round) {
        return download(SeedFile.of(id, drawn(draws.history(id), round)),
                "lotnummer-burgerberaad-" + id + "-ronde-" + round + ".txt");
    }

    /** The panel after this round (after replacements: the members who stayed and the new ones), for the griffie. */
    @GetMapping(BASE + "/{round:\\d+}/panel.csv")
    ModelAndView panelCsv(@PathVariable long id, @PathVariable int round) {
        DrawHistory history = draws.history(id);
        RecordedDraw draw = drawn(history, round);
        SelectionProblem problem = PublicDrawService.lottery(history, round).problem();
        return new ModelAndView(new DownloadView(PanelCsv.of(problem.pool(), problem.quotas().categories(),
                draw.members()).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                "panel-burgerberaad-" + id + "-ronde-" + round + ".csv"));
    }

    /**
     * The reserves after this round: every volunteer who could still be asked. Their order is by number only; who
     * replaces a member is drawn by the replacement lottery.
     */
    @GetMapping(BASE + "/{round:\\d+}/reserves.csv")
    ModelAndView reservesCsv(@PathVariable long id, @PathVariable int round) {
        DrawHistory history = draws.history(id);
        RecordedDraw draw = drawn(history, round);
        SelectionProblem problem = PublicDrawService.lottery(history, round).problem();
        Set<String> withdrawn = history.withdrawals().stream().filter(w -> w.round() <= round)
                .map(Withdrawal::memberId).collect(Collectors.toSet());
        return new ModelAndView(new DownloadView(PanelCsv.of(problem.pool(), problem.quotas().categories(),
                Reserves.of(problem, draw.members(), withdrawn)).getBytes(StandardCharsets.UTF_8),
                "text/csv;charset=UTF-8", "reserves-burgerberaad-" + id + "-ronde-" + round + ".csv"));
    }

    private static RecordedDraw drawn(DrawHistory history, int round) {
        return history.draws().stream().filter(d -> d.round() == round).findFirst()
                .orElseThrow(() -> InvalidInput.of("round", "In deze ronde is nog niet getrokken."));
    }

    private static void addRound(DrawHistory history, Model model) {
        int round = history.nextRound();
        model.addAttribute("history", history);
        model.addAttribute("status", history.status());
        model.addAttribute("round", round);
        model.addAttribute("nextHash", history.lotteryFile(round).isPresent()
                ? PublicDrawService.lottery(history, round).resultHash() : null);
        model.addAttribute("methods", SeedMethod.choices());
    }

    private static ModelAndView download(String text, String fileName) {
        return new ModelAndView(new DownloadView(text.getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8",
                fileName));
    }
}
