package nl.stemwerk.app.turnout.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.app.turnout.web.view.ComparisonTables;
import nl.stemwerk.turnout.evaluation.Measure;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Two elections compared per area, before and after an intervention, with the library's rule for when a change
 * means something and the plain warning when the numbers are too small.
 */
@Controller
@PreAuthorize(TurnoutAccess.READ)
class ComparisonController {
    private final TurnoutDataService data;
    private final TurnoutFigures figures;

    ComparisonController(TurnoutDataService data, TurnoutFigures figures) {
        this.data = data;
        this.figures = figures;
    }

    /** Chosen elections, level and measure, with defaults: the last two elections, by postcode, share of voters. */
    public record Choice(Optional<StoredCount> before, Optional<StoredCount> after, AreaLevelChoice level, Measure measure) {
        static Choice of(TurnoutData data, Long before, Long after, String level, String measure) {
            List<StoredCount> counts = data.counts();
            Optional<StoredCount> first = before != null ? data.count(before)
                    : counts.size() >= 2 ? Optional.of(counts.get(counts.size() - 2)) : Optional.empty();
            Optional<StoredCount> second = after != null ? data.count(after) : data.latestCount();
            AreaLevelChoice choice = level == null ? AreaLevelChoice.PC4 : AreaLevelChoice.ofSlug(level)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
            Measure chosen = measure == null ? Measure.SHARE_OF_MUNICIPAL_VOTERS : Arrays.stream(Measure.values())
                    .filter(m -> m.name().equalsIgnoreCase(measure)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
            return new Choice(first, second, choice, chosen);
        }
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/vergelijking")
    String comparison(@PathVariable String code, @RequestParam(name = "voor", required = false) Long before,
                      @RequestParam(name = "na", required = false) Long after,
                      @RequestParam(name = "niveau", required = false) String level,
                      @RequestParam(name = "maat", required = false) String measure, Model model) {
        TurnoutData loaded = data.load(code);
        Choice choice = Choice.of(loaded, before, after, level, measure);
        TurnoutPages.common(model, loaded.municipality(), "/vergelijking");
        model.addAttribute("choice", choice);
        model.addAttribute("counts", loaded.counts());
        model.addAttribute("levels", AreaLevelChoice.values());
        model.addAttribute("measures", Measure.values());
        if (choice.before().isPresent() && choice.after().isPresent()
                && choice.before().get().importId() != choice.after().get().importId()) {
            List<ElectionFigures> elections = figures.elections(loaded);
            model.addAttribute("municipal", figures.compare(election(elections, choice.before().get()),
                    election(elections, choice.after().get())));
            table(loaded, choice).ifPresentOrElse(t -> model.addAttribute("comparisonTable", t),
                    () -> model.addAttribute("whyNot", "Voor deze vergelijking per " + choice.level().dutchName()
                            + " ontbreken gegevens: " + figures.areas(loaded, choice.level(), choice.after()).whyNot()
                            .orElse("er zijn geen gebieden.")));
        } else {
            model.addAttribute("whyNot", "Kies twee verschillende verkiezingen. Er zijn er " + loaded.counts().size()
                    + " geïmporteerd; voor een vergelijking zijn er twee nodig.");
        }
        return "turnout/comparison";
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/vergelijking.csv")
    ResponseEntity<byte[]> comparisonCsv(@PathVariable String code, @RequestParam(name = "voor", required = false) Long before,
                                         @RequestParam(name = "na", required = false) Long after,
                                         @RequestParam(name = "niveau", required = false) String level,
                                         @RequestParam(name = "maat", required = false) String measure) {
        TurnoutData loaded = data.load(code);
        Choice choice = Choice.of(loaded, before, after, level, measure);
        return Downloads.csv(table(loaded, choice).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                "vergelijking-" + code + ".csv");
    }

    private Optional<TableView> table(TurnoutData loaded, Choice choice) {
        if (choice.before().isEmpty() || choice.after().isEmpty()) {
            return Optional.empty();
        }
        AreaFiguresResult first = figures.areas(loaded, choice.level(), choice.before());
        AreaFiguresResult second = figures.areas(loaded, choice.level(), choice.after());
        if (first.grouping().isEmpty() || second.grouping().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ComparisonTables.comparison(choice.measure().dutchName().substring(0, 1).toUpperCase()
                + choice.measure().dutchName().substring(1) + " per " + choice.level().dutchName() + ": "
                + choice.before().get().count().electionName() + " en " + choice.after().get().count().electionName(),
                figures.compare(first.grouping().get(), second.grouping().get(), choice.measure())));
    }

    private static ElectionFigures election(List<ElectionFigures> elections, StoredCount count) {
        return elections.stream().filter(e -> e.count().importId() == count.importId()).findFirst().orElseThrow();
    }
}
