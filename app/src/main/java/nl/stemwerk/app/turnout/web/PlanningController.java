package nl.stemwerk.app.turnout.web;

import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.app.turnout.web.view.PlanningTables;
import nl.stemwerk.app.turnout.web.view.WhatIfTables;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.planning.ProposedStation;
import nl.stemwerk.turnout.planning.WhatIfResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where an extra or mobile station helps most (the library's ranking, with its reasons), and the what-if: place a
 * station on the map and see which figures change. The what-if stores nothing, so raadplegers may use it too.
 */
@Controller
@PreAuthorize(TurnoutAccess.READ)
class PlanningController {
    private final TurnoutDataService data;
    private final TurnoutFigures figures;

    PlanningController(TurnoutDataService data, TurnoutFigures figures) {
        this.data = data;
        this.figures = figures;
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/planning")
    String planning(@PathVariable String code, @RequestParam(name = "niveau", required = false) String level,
                    @RequestParam(name = "telling", required = false) Long countId, Model model) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, level, countId);
        page(loaded, selection, model);
        model.addAttribute("form", new WhatIfForm(null, null, null));
        return "turnout/planning";
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/planning.csv")
    ResponseEntity<byte[]> planningCsv(@PathVariable String code,
                                       @RequestParam(name = "niveau", required = false) String level,
                                       @RequestParam(name = "telling", required = false) Long countId) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, level, countId);
        AreaFiguresResult result = figures.areas(loaded, selection.level(), selection.count());
        return Downloads.csv(ranking(loaded, result).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                "planning-" + code + "-" + selection.level().slug() + ".csv");
    }

    /**
     * The what-if. With htmx only the result is sent back (it replaces the result block); without JavaScript the
     * whole page comes back with the result in it.
     */
    @PostMapping("/opkomst/{code:GM\\d{4}}/planning/wat-als")
    String whatIf(@PathVariable String code, @RequestParam Map<String, String> params,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, params.get("niveau"),
                params.get("telling") == null || params.get("telling").isBlank() ? null : Long.valueOf(params.get("telling")));
        WhatIfForm form = WhatIfForm.fromParams(params);
        model.addAttribute("form", form);
        AreaFiguresResult result = figures.areas(loaded, selection.level(), selection.count());
        try {
            CoverageInput input = result.input().filter(i -> loaded.hasStationPlaces()).orElseThrow(() ->
                    InvalidInput.of("form", "Een wat-als kan hier niet: " + whyNoWhatIf(loaded, selection.level())));
            ProposedStation proposal = form.toProposal(input.electionDay(), loaded.areasAt(AreaLevel.NEIGHBOURHOOD));
            WhatIfResult outcome = whatIf(input, proposal);
            model.addAttribute("whatIf", outcome);
            model.addAttribute("whatIfTable", WhatIfTables.changes(proposal.name(), outcome));
            model.addAttribute("proposal", proposal);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
        }
        if (htmx != null) {
            model.addAttribute("base", "/opkomst/" + loaded.municipality().cbsCode());
            return "turnout/planning :: whatIfResult";
        }
        page(loaded, selection, model);
        return "turnout/planning";
    }

    private WhatIfResult whatIf(CoverageInput input, ProposedStation proposal) {
        try {
            return figures.whatIf(input, proposal);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("plek1-open", e.getMessage());
        }
    }

    private void page(TurnoutData loaded, AreaSelection selection, Model model) {
        AreaFiguresResult result = figures.areas(loaded, selection.level(), selection.count());
        TurnoutPages.common(model, loaded.municipality(), "/planning");
        model.addAttribute("selection", selection);
        model.addAttribute("levels", AreaLevelChoice.values());
        model.addAttribute("counts", loaded.counts());
        model.addAttribute("result", result);
        ranking(loaded, result).ifPresent(table -> model.addAttribute("rankingTable", table));
        boolean whatIfPossible = result.input().isPresent() && loaded.hasStationPlaces();
        model.addAttribute("whatIfPossible", whatIfPossible);
        model.addAttribute("whyNoWhatIf", whatIfPossible ? null : whyNoWhatIf(loaded, selection.level()));
        model.addAttribute("neighbourhoods", loaded.areasAt(AreaLevel.NEIGHBOURHOOD).stream()
                .filter(a -> a.shape().isPresent()).toList());
        model.addAttribute("electionDay", result.input().map(CoverageInput::electionDay).orElse(null));
    }

    private Optional<TableView> ranking(TurnoutData loaded, AreaFiguresResult result) {
        return result.grouping().map(grouping -> PlanningTables.ranking("Waar een extra of mobiel stembureau het meest"
                + " helpt, per " + result.level().dutchName() + " in " + loaded.municipality().name(),
                figures.ranking(grouping)));
    }

    private static String whyNoWhatIf(TurnoutData loaded, AreaLevelChoice level) {
        if (level == AreaLevelChoice.PC4) {
            return "voor postcodegebieden is er geen kaart. Kies wijk of buurt.";
        }
        if (loaded.areasAt(level.level()).isEmpty()) {
            return "er zijn geen " + level.dutchName() + "grenzen geïmporteerd.";
        }
        return "van geen enkel bestaand stembureau is de plek bekend. Dan zou alleen het nieuwe stembureau op de kaart "
                + "staan en lijkt elke plek een verbetering. Importeer eerst de stembureaulijst met coördinaten (Stembureaus"
                + " Open Data Standaard).";
    }
}
