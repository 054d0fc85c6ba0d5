package nl.stemwerk.app.election.importing;

import java.util.UUID;
import java.util.function.Supplier;
import nl.stemwerk.app.election.CountingMethod;
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

/**
 * The beheerder's import wizard as pages: one page per step, plain forms (it works without JavaScript), the
 * summary and checks after every file, and a Dutch message next to the field when a file or code is wrong.
 */
@Controller
@RequestMapping("/beheer/import")
@PreAuthorize("hasRole('BEHEERDER')")
class ImportController {
    private static final String VIEW = "importing/wizard";

    private final EmlImportService imports;
    private final ImportLimits limits;

    ImportController(EmlImportService imports, ImportLimits limits) {
        this.imports = imports;
        this.limits = limits;
    }

    @GetMapping
    String start(Model model) {
        return imports.current(owner()).map(current -> "redirect:/beheer/import/" + current.id())
                .orElseGet(() -> startPage(model));
    }

    @PostMapping
    String definition(@RequestParam(name = "bestand", required = false) MultipartFile file, Model model) {
        return Forms.submit(model, () -> {
            ImportView view = imports.startWithDefinition(owner(), Uploads.read(file, EmlImportService.FILE_FIELD,
                    limits.maxFileSize()));
            return "redirect:/beheer/import/" + view.id();
        }, () -> startPage(model));
    }

    @GetMapping("/{id}")
    String step(@PathVariable UUID id, Model model) {
        return show(model, () -> imports.view(id, owner()));
    }

    @PostMapping("/{id}/code")
    String hash(@PathVariable UUID id, @RequestParam(defaultValue = "") String eersteGroep,
                @RequestParam(defaultValue = "") String tweedeGroep, Model model) {
        return submit(id, model, () -> imports.checkHash(id, owner(), eersteGroep, tweedeGroep));
    }

    @PostMapping("/{id}/kandidatenlijsten")
    String candidateLists(@PathVariable UUID id, @RequestParam(name = "bestand", required = false) MultipartFile file,
                          Model model) {
        return submit(id, model, () -> imports.addCandidateLists(id, owner(), Uploads.read(file,
                EmlImportService.FILE_FIELD, limits.maxFileSize())));
    }

    @PostMapping("/{id}/stembureaus")
    String pollingStations(@PathVariable UUID id, @RequestParam(name = "bestand", required = false) MultipartFile file,
                           Model model) {
        return submit(id, model, () -> imports.addPollingStations(id, owner(), Uploads.read(file,
                EmlImportService.FILE_FIELD, limits.maxFileSize())));
    }

    @PostMapping("/{id}/bevestigen")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) CountingMethod countingMethod,
                   Model model) {
        return Forms.submit(model, () -> {
            if (countingMethod == null) {
                throw new ImportProblem("COUNTING_METHOD_MISSING", "countingMethod",
                        "Kies hoe er geteld wordt: centraal (CSO) of decentraal (DSO).");
            }
            long election = imports.confirm(id, owner(), countingMethod);
            return "redirect:/verkiezingen/" + election + "?geimporteerd";
        }, () -> show(model, () -> imports.view(id, owner())));
    }

    @PostMapping("/{id}/stoppen")
    String cancel(@PathVariable UUID id) {
        try {
            imports.cancel(id, owner());
        } catch (ImportProblem alreadyGone) {
            // nothing to stop: the import had expired or was stopped in another window
        }
        return "redirect:/beheer/import?gestopt";
    }

    private String submit(UUID id, Model model, Supplier<ImportView> action) {
        return Forms.submit(model, () -> {
            action.get();
            return "redirect:/beheer/import/" + id;
        }, () -> show(model, () -> imports.view(id, owner())));
    }

    /** The page of the current step, or the start page when the import no longer exists. */
    private String show(Model model, Supplier<ImportView> view) {
        try {
            model.addAttribute("view", view.get());
        } catch (ImportProblem gone) {
            model.addAttribute("problems", gone.fieldMessages());
            return startPage(model);
        }
        model.addAttribute("methods", CountingMethod.values());
        model.addAttribute("maxMegabytes", limits.maxFileSize().toMegabytes());
        return VIEW;
    }

    private String startPage(Model model) {
        model.addAttribute("maxMegabytes", limits.maxFileSize().toMegabytes());
        return VIEW;
    }

    private static String owner() {
        return ChangeService.currentActor();
    }
}
