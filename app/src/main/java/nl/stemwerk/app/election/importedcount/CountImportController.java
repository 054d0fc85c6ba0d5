package nl.stemwerk.app.election.importedcount;

import java.util.UUID;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.election.emlfile.ImportLimits;
import nl.stemwerk.app.election.emlfile.ImportProblem;
import nl.stemwerk.app.election.emlfile.Uploads;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The beheerder reads a 510b for an election: upload, see what it holds, then confirm or stop. */
@Controller
@RequestMapping("/beheer/verkiezingen/{id:\\d+}/telling")
@PreAuthorize("hasRole('BEHEERDER')")
class CountImportController {
    private static final String VIEW = "importedcount/upload";

    private final ElectionService elections;
    private final ImportedCounts counts;
    private final ImportLimits limits;

    CountImportController(ElectionService elections, ImportedCounts counts, ImportLimits limits) {
        this.elections = elections;
        this.counts = counts;
        this.limits = limits;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        model.addAttribute("election", elections.get(id));
        model.addAttribute("maxMegabytes", limits.maxFileSize().toMegabytes());
        return VIEW;
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(name = "bestand", required = false) MultipartFile file,
                  Model model) {
        return Forms.submit(model, () -> {
            ImportedCounts.PendingCount pending = counts.read(id, owner(), Uploads.read(file, CountFile.FIELD,
                    limits.maxFileSize()));
            return "redirect:/beheer/verkiezingen/" + id + "/telling/" + pending.id();
        }, () -> form(id, model));
    }

    @GetMapping("/{pendingId}")
    String preview(@PathVariable long id, @PathVariable UUID pendingId, Model model) {
        try {
            ImportedCounts.PendingCount pending = counts.pending(pendingId, owner(), id);
            StoredElection election = elections.get(id);
            model.addAttribute("pending", pending);
            model.addAttribute("results", CountResults.of(election, pending.total(), pending.stations()));
        } catch (ImportProblem gone) {
            model.addAttribute("problems", gone.fieldMessages());
        }
        return form(id, model);
    }

    @PostMapping("/{pendingId}/bevestigen")
    String confirm(@PathVariable long id, @PathVariable UUID pendingId, Model model) {
        return Forms.submit(model, () -> {
            long count = counts.confirm(pendingId, owner(), id);
            return "redirect:/verkiezingen/" + id + "/ingelezen-telling?telling=" + count;
        }, () -> form(id, model));
    }

    @PostMapping("/{pendingId}/stoppen")
    String cancel(@PathVariable long id, @PathVariable UUID pendingId) {
        try {
            counts.cancel(pendingId, owner());
        } catch (ImportProblem alreadyGone) {
            // nothing to stop
        }
        return "redirect:/verkiezingen/" + id + "/ingelezen-telling";
    }

    private static String owner() {
        return ChangeService.currentActor();
    }
}
