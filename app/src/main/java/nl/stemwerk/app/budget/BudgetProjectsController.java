package nl.stemwerk.app.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.stemwerk.app.budget.importing.ImportedProject;
import nl.stemwerk.app.budget.importing.ProjectImport;
import nl.stemwerk.app.budget.importing.ProjectImportException;
import nl.stemwerk.app.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The projects of a burgerbegroting and their import from CSV or .pb. */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
class BudgetProjectsController {
    private final BudgetService budgets;

    BudgetProjectsController(BudgetService budgets) {
        this.budgets = budgets;
    }

    @GetMapping(BudgetController.BASE + "/{id:\\d+}/projecten")
    String projects(@PathVariable long id, Model model) {
        model.addAttribute("budget", budgets.get(id));
        model.addAttribute("projects", budgets.projects(id));
        return "budget/projects";
    }

    @PostMapping(BudgetController.BASE + "/{id:\\d+}/projecten")
    String importProjects(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                          Model model) {
        return Forms.submit(model, () -> {
            try {
                java.util.List<ImportedProject> projects = ProjectImport.read(file == null ? "" : file.getOriginalFilename(),
                        file == null ? new byte[0] : file.getBytes());
                budgets.replaceProjects(id, projects, file.getOriginalFilename());
                return "redirect:" + BudgetController.BASE + "/" + id + "/projecten?ingelezen=" + projects.size();
            } catch (ProjectImportException e) {
                model.addAttribute("importProblems", e.problems());
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> projects(id, model));
    }
}
