package nl.stemwerk.app.preferendum;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.preferendum.PreferendumOption;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Resident pages of a preferendum, without login: vote with the code from the letter, and the result once closed. */
@Controller
class PublicPreferendumController {
    static final String BASE = "/publiek/preferenda";

    private final PreferendumService preferenda;
    private final MessageSource messages;

    PublicPreferendumController(PreferendumService preferenda, MessageSource messages) {
        this.preferenda = preferenda;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("preferenda", preferenda.list().stream()
                .filter(p -> p.status() != PreferendumStatus.PREPARATION).toList());
        return "budget/preferendum-public-list";
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String voteForm(@PathVariable long id, Model model) {
        StoredPreferendum preferendum = visible(id);
        if (preferendum.status() == PreferendumStatus.CLOSED) {
            return "redirect:" + BASE + "/" + id + "/uitslag";
        }
        model.addAttribute("preferendum", preferendum);
        if (!model.containsAttribute("scores")) {
            model.addAttribute("scores", Map.of());
        }
        return "budget/preferendum-vote";
    }

    @PostMapping(BASE + "/{id:\\d+}")
    String vote(@PathVariable long id, @RequestParam(defaultValue = "") String code,
                @RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
        StoredPreferendum preferendum = visible(id);
        Map<String, String> scores = new LinkedHashMap<>();
        for (PreferendumOption option : preferendum.options()) {
            scores.put(option.id(), form.get("option-" + option.id()));
        }
        model.addAttribute("scores", scores);
        model.addAttribute("code", code);
        return Forms.submit(model, () -> {
            preferenda.vote(id, code, scores, request.getRemoteAddr());
            return "redirect:" + BASE + "/" + id + "/bedankt";
        }, () -> voteForm(id, model));
    }

    @GetMapping(BASE + "/{id:\\d+}/bedankt")
    String thanks(@PathVariable long id, Model model) {
        model.addAttribute("preferendum", visible(id));
        return "budget/preferendum-thanks";
    }

    @GetMapping(BASE + "/{id:\\d+}/uitslag")
    String result(@PathVariable long id, Model model) {
        StoredPreferendum preferendum = visible(id);
        model.addAttribute("preferendum", preferendum);
        preferenda.result(id).ifPresent(result -> {
            model.addAttribute("result", result);
            model.addAttribute("chart", PreferendumChart.distribution(result, preferendum.scale(), score ->
                    messages.getMessage("preferendum.result.score", new Object[] {score}, Locale.of("nl"))));
        });
        return "budget/preferendum-result";
    }

    private StoredPreferendum visible(long id) {
        try {
            StoredPreferendum preferendum = preferenda.get(id);
            if (preferendum.status() != PreferendumStatus.PREPARATION) {
                return preferendum;
            }
        } catch (InvalidInput e) {
            // unknown id: the same answer as a preferendum still in preparation
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
