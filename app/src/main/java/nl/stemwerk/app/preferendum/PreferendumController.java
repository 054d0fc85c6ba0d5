package nl.stemwerk.app.preferendum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.stemwerk.app.budget.votingcode.DownloadView;
import nl.stemwerk.app.budget.votingcode.LetterForm;
import nl.stemwerk.app.budget.votingcode.LetterPdf;
import nl.stemwerk.app.budget.votingcode.Letters;
import nl.stemwerk.app.budget.votingcode.PublicAddress;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VotingCode;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.municipality.MunicipalityService;
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
import org.springframework.web.servlet.ModelAndView;

/** The griffie's preferendum pages: list and create, open and close the vote, print voting-code letters. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class PreferendumController {
    static final String BASE = "/participatie/preferenda";

    private final PreferendumService preferenda;
    private final VotingCodeService codes;
    private final MunicipalityService municipalities;
    private final PublicAddress publicAddress;
    private final Clock clock;

    PreferendumController(PreferendumService preferenda, VotingCodeService codes, MunicipalityService municipalities,
                          PublicAddress publicAddress, Clock clock) {
        this.preferenda = preferenda;
        this.codes = codes;
        this.municipalities = municipalities;
        this.publicAddress = publicAddress;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("preferenda", preferenda.list());
        return "budget/preferendum-list";
    }

    @PostMapping(BASE)
    String create(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String description,
                  @RequestParam(defaultValue = "") String options, @RequestParam(defaultValue = "0") String min,
                  @RequestParam(defaultValue = "5") String max, Model model) {
        model.addAttribute("question", question);
        model.addAttribute("description", description);
        model.addAttribute("options", options);
        return Forms.submit(model, () -> {
            long id = preferenda.create(question, description, number(min), number(max),
                    Arrays.asList(options.split("\\R")));
            return "redirect:" + BASE + "/" + id;
        }, () -> list(model));
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("preferendum", preferenda.get(id));
        model.addAttribute("turnout", preferenda.turnout(id));
        return "budget/preferendum-overview";
    }

    @PostMapping(BASE + "/{id:\\d+}/status")
    String status(@PathVariable long id, @RequestParam int version, @RequestParam String action, Model model) {
        return Forms.submit(model, () -> {
            if ("open".equals(action)) {
                preferenda.open(id, version);
            } else {
                preferenda.close(id, version);
            }
            return "redirect:" + BASE + "/" + id + "?status";
        }, () -> overview(id, model));
    }

    @PostMapping(BASE + "/{id:\\d+}/stemcodes")
    ModelAndView letters(@PathVariable long id, @ModelAttribute LetterForm form, Model model) {
        try {
            StoredPreferendum preferendum = preferenda.get(id);
            if (preferendum.status() == PreferendumStatus.CLOSED) {
                throw InvalidInput.of("size", "Het stemmen is gesloten. Er zijn geen stemcodes meer nodig.");
            }
            List<List<String>> recipients = form.recipients();
            List<VotingCode> made = codes.createBatch(VoteTarget.preferendum(id), recipients.size(), form.perValue());
            Letters letters = new Letters(municipalities.homeName(), "Uw stemcode: " + preferendum.question(),
                    "De gemeente wil weten wat u van een paar plannen vindt.", "Geef elk antwoord een cijfer van "
                    + preferendum.minScore() + " tot en met " + preferendum.maxScore() + ". Klik dan op 'Stem"
                    + " versturen'.", publicAddress.of("/publiek/preferenda/" + id), null, form.perValue(),
                    LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))), made,
                    form.withAddresses() ? recipients : List.of());
            return new ModelAndView(new DownloadView(LetterPdf.pdf(letters), "application/pdf",
                    "stemcodes-preferendum-" + id + ".pdf"));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
            return new ModelAndView(overview(id, model));
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("scale", "'" + text + "' is geen heel getal. Kies een schaal van bijvoorbeeld 0 tot"
                    + " 5.");
        }
    }
}
