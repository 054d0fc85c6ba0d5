package nl.stemwerk.app.sortition.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import nl.stemwerk.app.budget.votingcode.DownloadView;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The griffie's burgerberaad pages: create with the two CSV files, the overview (with the parts other packages add:
 * the background run and the fairness chart), download the panel. The public draw is in package {@code draw}.
 */
@Controller
@PreAuthorize("hasRole('GRIFFIE')")
public class AssemblyController {
    public static final String BASE = "/participatie/burgerberaden";

    private final AssemblyService assemblies;
    private final List<AssemblyPagePart> parts;

    AssemblyController(AssemblyService assemblies, List<AssemblyPagePart> parts) {
        this.assemblies = assemblies;
        this.parts = parts;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("assemblies", assemblies.list());
        return "sortition/list";
    }

    @PostMapping(BASE)
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String k,
                  @RequestParam(defaultValue = "false") boolean households,
                  @RequestParam(required = false) MultipartFile categories,
                  @RequestParam(required = false) MultipartFile pool, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("k", k);
        return Forms.submit(model, () -> {
            long id = assemblies.create(name, k, households, fileName(categories, "quota.csv"), text(categories),
                    fileName(pool, "aanmeldingen.csv"), text(pool));
            return "redirect:" + BASE + "/" + id;
        }, () -> list(model));
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String overview(@PathVariable long id, Model model) {
        StoredAssembly assembly = assemblies.get(id);
        model.addAttribute("assembly", assembly);
        if (assembly.computed()) {
            Lottery lottery = assemblies.lottery(assembly);
            model.addAttribute("lottery", lottery);
            model.addAttribute("rows", rows(lottery));
        }
        if (assembly.drawn()) {
            model.addAttribute("panel", assemblies.drawnPanel(assembly));
        }
        parts.forEach(part -> part.addTo(assembly, model));
        return "sortition/overview";
    }

    @GetMapping(BASE + "/{id:\\d+}/loting.txt")
    ModelAndView lotteryFile(@PathVariable long id) {
        StoredAssembly assembly = assemblies.get(id);
        return new ModelAndView(new DownloadView(assembly.lotteryFile().orElse("").getBytes(StandardCharsets.UTF_8),
                "text/plain;charset=UTF-8", "loting-burgerberaad-" + id + ".txt"));
    }

    @GetMapping(BASE + "/{id:\\d+}/panel.csv")
    ModelAndView panelCsv(@PathVariable long id) {
        StoredAssembly assembly = assemblies.get(id);
        // From the lottery file, not the pool file: it holds the values too and outlives the retention period.
        SelectionProblem problem = assemblies.lottery(assembly).problem();
        return new ModelAndView(new DownloadView(PanelCsv.of(problem.pool(), problem.quotas().categories(),
                assembly.panelMembers()).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                "panel-burgerberaad-" + id + ".csv"));
    }

    static List<ProbabilityRow> rows(Lottery lottery) {
        return ProbabilityRow.ranked(lottery.probabilities(), Comparator.naturalOrder());
    }

    private static String fileName(MultipartFile file, String fallback) {
        return file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? fallback : file.getOriginalFilename();
    }

    private static String text(MultipartFile file) {
        try {
            return file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
