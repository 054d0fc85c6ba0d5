package nl.stemwerk.app.sortition.run;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.stemwerk.app.platform.web.ErrorMessages;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.AssemblyController;
import nl.stemwerk.sortition.selection.Algorithm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Start, cancel and resume a background run, and the progress fragment the overview polls. Problems go back to the
 * overview as flash attributes, where the form shows them next to its field.
 */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class RunController {
    private static final String ASSEMBLY = AssemblyController.BASE + "/{id:\\d+}";
    private static final String RUN = ASSEMBLY + "/berekeningen/{runId:\\d+}";

    private final RunService runs;

    RunController(RunService runs) {
        this.runs = runs;
    }

    @PostMapping(ASSEMBLY + "/berekenen")
    String start(@PathVariable long id, @RequestParam int version, @RequestParam String algorithm,
                 RedirectAttributes flash) {
        return act(id, flash, () -> runs.start(id, version, algorithm(algorithm)));
    }

    @PostMapping(RUN + "/annuleren")
    String cancel(@PathVariable long id, @PathVariable long runId, RedirectAttributes flash) {
        return act(id, flash, () -> runs.cancel(runId(id, runId)));
    }

    @PostMapping(RUN + "/hervatten")
    String resume(@PathVariable long id, @PathVariable long runId, RedirectAttributes flash) {
        return act(id, flash, () -> runs.resume(runId(id, runId)));
    }

    /** The progress while the run is active; once it is not, htmx reloads the page to show the result. */
    @GetMapping(RUN + "/voortgang")
    String progress(@PathVariable long id, @PathVariable long runId, Model model, HttpServletResponse response) {
        SortitionRun run = runs.get(runId(id, runId));
        if (!run.state().active()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "sortition/run :: runProgress";
    }

    private long runId(long assemblyId, long runId) {
        if (runs.get(runId).assemblyId() != assemblyId) {
            throw InvalidInput.of("run", "Deze berekening hoort niet bij dit burgerberaad.");
        }
        return runId;
    }

    private static String act(long id, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            flash.addFlashAttribute("problems", e.fieldMessages());
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("problems", Map.of("form", ErrorMessages.forStatus(409)));
        }
        return "redirect:" + AssemblyController.BASE + "/" + id + "#loting-kop";
    }

    private static Algorithm algorithm(String text) {
        return switch (text) {
            case "LEXIMIN" -> Algorithm.LEXIMIN;
            case "MAXIMIN" -> Algorithm.MAXIMIN;
            default -> throw InvalidInput.of("algorithm", "Kies LEXIMIN of MAXIMIN.");
        };
    }
}
