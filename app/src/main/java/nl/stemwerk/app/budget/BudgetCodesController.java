package nl.stemwerk.app.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import nl.stemwerk.budgeting.phase.BudgetPhase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Voting-code letters of a burgerbegroting: make a batch (a PDF to print), see the batches, withdraw one. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class BudgetCodesController {
    private final BudgetService budgets;
    private final VotingCodeService codes;
    private final MunicipalityService municipalities;
    private final PublicAddress publicAddress;
    private final Clock clock;

    BudgetCodesController(BudgetService budgets, VotingCodeService codes, MunicipalityService municipalities,
                          PublicAddress publicAddress, Clock clock) {
        this.budgets = budgets;
        this.codes = codes;
        this.municipalities = municipalities;
        this.publicAddress = publicAddress;
        this.clock = clock;
    }

    @GetMapping(BudgetController.BASE + "/{id:\\d+}/stemcodes")
    String page(@PathVariable long id, Model model) {
        Budget budget = budgets.get(id);
        model.addAttribute("budget", budget);
        model.addAttribute("batches", codes.batches(VoteTarget.budget(id)));
        model.addAttribute("maySend", maySend(budget));
        return "budget/codes";
    }

    @PostMapping(BudgetController.BASE + "/{id:\\d+}/stemcodes")
    ModelAndView letters(@PathVariable long id, @ModelAttribute LetterForm form, Model model) {
        try {
            Budget budget = budgets.get(id);
            if (!maySend(budget)) {
                throw InvalidInput.of("size", "Stemcodes maakt u tot het stemmen sluit.");
            }
            List<List<String>> recipients = form.recipients();
            List<VotingCode> made = codes.createBatch(VoteTarget.budget(id), recipients.size(), form.perValue());
            byte[] pdf = LetterPdf.pdf(letters(budget, form, made, recipients));
            return new ModelAndView(new DownloadView(pdf, "application/pdf", "stemcodes-begroting-" + id + ".pdf"));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
            return new ModelAndView(page(id, model));
        }
    }

    @PostMapping(BudgetController.BASE + "/{id:\\d+}/stemcodes/{batch:\\d+}/intrekken")
    String withdraw(@PathVariable long id, @PathVariable long batch, Model model) {
        return Forms.submit(model, () -> {
            codes.withdraw(VoteTarget.budget(id), batch);
            return "redirect:" + BudgetController.BASE + "/" + id + "/stemcodes?ingetrokken";
        }, () -> page(id, model));
    }

    private Letters letters(Budget budget, LetterForm form, List<VotingCode> made, List<List<String>> recipients) {
        BudgetFormat format = new BudgetFormat();
        BudgetSettings s = budget.settings();
        String choose = s.method() == VotingMethod.KNAPSACK
                ? "Kies projecten die samen niet meer kosten dan " + format.euro(s.amount()) + ". Klik dan op"
                + " 'Stem versturen'."
                : "Kies de projecten die u het beste vindt" + (s.maxProjects() == null ? ""
                : " (hoogstens " + s.maxProjects() + ")") + ". Klik dan op 'Stem versturen'.";
        return new Letters(municipalities.homeName(), "Uw stemcode voor " + budget.name(),
                "U mag meebeslissen waar de gemeente " + format.euro(s.amount()) + " aan uitgeeft. Op de website ziet"
                        + " u de projecten waaruit u kunt kiezen.", choose,
                publicAddress.of("/publiek/begrotingen/" + budget.id()), s.dates().votingCloses(), form.perValue(),
                LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))), made, form.withAddresses() ? recipients : List.of());
    }

    private static boolean maySend(Budget budget) {
        return budget.phase() != BudgetPhase.CLOSED && !budget.phase().isFinal();
    }
}
