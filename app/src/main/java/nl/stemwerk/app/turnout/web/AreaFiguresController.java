package nl.stemwerk.app.turnout.web;

import java.util.List;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.app.turnout.web.view.AreaTables;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.figures.Ratio;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Figures per postcode area, wijk or buurt: table, map and chart. */
@Controller
@PreAuthorize(TurnoutAccess.READ)
class AreaFiguresController {
    private final TurnoutDataService data;
    private final TurnoutFigures figures;

    AreaFiguresController(TurnoutDataService data, TurnoutFigures figures) {
        this.data = data;
        this.figures = figures;
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/gebieden")
    String areas(@PathVariable String code, @RequestParam(name = "niveau", required = false) String level,
                 @RequestParam(name = "telling", required = false) Long countId, Model model) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, level, countId);
        AreaFiguresResult result = figures.areas(loaded, selection.level(), selection.count());
        TurnoutPages.common(model, loaded.municipality(), "/gebieden");
        model.addAttribute("selection", selection);
        model.addAttribute("levels", AreaLevelChoice.values());
        model.addAttribute("counts", loaded.counts());
        model.addAttribute("result", result);
        result.grouping().ifPresent(grouping -> {
            model.addAttribute("areaTable", table(loaded, result, grouping));
            model.addAttribute("areaChart", chart(grouping));
            model.addAttribute("chartTitle", chartTitle(grouping, selection.level()));
        });
        return "turnout/areas";
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/gebieden.csv")
    ResponseEntity<byte[]> areasCsv(@PathVariable String code, @RequestParam(name = "niveau", required = false) String level,
                                    @RequestParam(name = "telling", required = false) Long countId) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, level, countId);
        AreaFiguresResult result = figures.areas(loaded, selection.level(), selection.count());
        Grouping grouping = result.grouping().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.csv(table(loaded, result, grouping), "gebieden-" + code + "-" + selection.level().slug() + ".csv");
    }

    static TableView table(TurnoutData loaded, AreaFiguresResult result, Grouping grouping) {
        return AreaTables.areas("Cijfers per " + result.level().dutchName() + " in " + loaded.municipality().name()
                + result.count().map(c -> ", " + c.count().electionName()).orElse(""), grouping);
    }

    /** Turnout per area where any is known, otherwise the voters per area: the chart shows what the data supports. */
    static ChartData chart(Grouping grouping) {
        List<AreaFigures> areas = grouping.areas();
        List<String> labels = areas.stream().map(a -> a.name().isBlank() ? a.code() : a.name()).toList();
        if (AreaTables.anyKnown(grouping, AreaFigures::turnout)) {
            return new ChartData("bar", "Opkomst (%)", labels, areas.stream()
                    .map(a -> a.turnout().toOptional().map(r -> r.percent(2).doubleValue()).orElse(null)).toList());
        }
        return new ChartData("bar", "Toegelaten kiezers", labels, areas.stream()
                .map(a -> a.admittedVoters().toOptional().map(Long::doubleValue).orElse(null)).toList());
    }

    static String chartTitle(Grouping grouping, AreaLevelChoice level) {
        return AreaTables.anyKnown(grouping, AreaFigures::turnout) ? "Opkomst per " + level.dutchName()
                : "Toegelaten kiezers per " + level.dutchName() + " (de opkomst per gebied is niet bekend)";
    }

    static Double percent(Ratio ratio) {
        return ratio.percent(2).doubleValue();
    }
}
