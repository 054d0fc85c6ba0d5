package nl.stemwerk.app.turnout.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.files.FileProblem;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;
import nl.stemwerk.app.turnout.files.UnusableFile;
import nl.stemwerk.app.turnout.imports.ImportReceipt;
import nl.stemwerk.app.turnout.imports.ImportRequest;
import nl.stemwerk.app.turnout.imports.TurnoutImportService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The griffie and the beheerder import turnout files: one file, one transaction, one audit row. */
@Controller
@PreAuthorize(TurnoutAccess.IMPORT)
class TurnoutImportController {
    private final TurnoutImportService imports;
    private final TurnoutDataService data;

    TurnoutImportController(TurnoutImportService imports, TurnoutDataService data) {
        this.imports = imports;
        this.data = data;
    }

    @GetMapping("/opkomst/importeren")
    String form(Model model) {
        model.addAttribute("kinds", TurnoutFileKind.values());
        model.addAttribute("municipalities", data.municipalities());
        return "turnout/import";
    }

    @PostMapping("/opkomst/importeren")
    String upload(@RequestParam(name = "soort", defaultValue = "") String kind,
                  @RequestParam(name = "gemeente", defaultValue = "") String municipality,
                  @RequestParam(name = "herstel", defaultValue = "false") boolean repair,
                  @RequestParam(name = "bestand", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) {
        try {
            ImportReceipt receipt = imports.importFile(request(kind, municipality, repair, file));
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/opkomst/importeren";
        } catch (UnusableFile e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("chosenKind", kind);
            model.addAttribute("chosenMunicipality", municipality);
            return form(model);
        }
    }

    static ImportRequest request(String kind, String municipality, boolean repair, MultipartFile file) {
        TurnoutFileKind chosen = TurnoutFileKind.ofSlug(kind).orElseThrow(() -> new UnusableFile(java.util.List.of(
                new FileProblem("NO_KIND", "formulier", "Kies wat voor bestand u importeert."))));
        if (file == null || file.isEmpty()) {
            throw new UnusableFile(java.util.List.of(new FileProblem("NO_FILE", "formulier",
                    "Kies een bestand om te importeren.")));
        }
        try {
            return new ImportRequest(chosen, Optional.of(municipality), file.getOriginalFilename(), file.getBytes(), repair);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
