package nl.stemwerk.app.election.importedcount;

import java.util.Optional;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;

/**
 * The page of a count read from a 510b: totals, seats by the Kieswet, elected candidates and every polling station,
 * with the 510b as imported and its osv4-3 CSV to download, each with its hash code.
 */
@Controller
class ImportedCountController {
    private final ElectionService elections;
    private final ImportedCounts counts;

    ImportedCountController(ElectionService elections, ImportedCounts counts) {
        this.elections = elections;
        this.counts = counts;
    }

    @GetMapping("/verkiezingen/{id:\\d+}/ingelezen-telling")
    String results(@PathVariable long id, @RequestParam(name = "telling", required = false) Long countId,
                   Model model) {
        StoredElection election = elections.get(id);
        Optional<ImportedCount> count = countId == null ? counts.latest(id) : Optional.of(counts.get(id, countId));
        model.addAttribute("election", election);
        model.addAttribute("imports", counts.files(id));
        count.ifPresent(c -> {
            model.addAttribute("count", c);
            model.addAttribute("results", CountResults.of(election, c.total(), c.stations()));
            model.addAttribute("csv", counts.csv(election, c));
        });
        return "importedcount/results";
    }

    @GetMapping("/verkiezingen/{id:\\d+}/ingelezen-telling/{countId:\\d+}/510b")
    ResponseEntity<byte[]> count510b(@PathVariable long id, @PathVariable long countId) {
        return counts.asImported(counts.get(id, countId)).download();
    }

    @GetMapping("/verkiezingen/{id:\\d+}/ingelezen-telling/{countId:\\d+}/csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long countId) {
        return counts.csv(elections.get(id), counts.get(id, countId)).download();
    }
}
