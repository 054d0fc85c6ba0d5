package nl.stemwerk.app.turnout.web;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.web.view.ElectionTables;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.TurnoutTrend;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The municipalities with turnout data, and one municipality's turnout per election and over time. */
@Controller
@PreAuthorize(TurnoutAccess.READ)
class TurnoutOverviewController {
    private final TurnoutDataService data;
    private final TurnoutFigures figures;

    TurnoutOverviewController(TurnoutDataService data, TurnoutFigures figures) {
        this.data = data;
        this.figures = figures;
    }

    @GetMapping("/opkomst/gemeenten")
    String municipalities(Model model) {
        model.addAttribute("municipalities", data.municipalities());
        model.addAttribute("elections", data.electionSummaries());
        return "turnout/municipalities";
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}")
    String municipality(@PathVariable String code, Model model) {
        TurnoutData loaded = data.load(code);
        TurnoutPages.common(model, loaded.municipality(), "");
        List<ElectionFigures> elections = figures.elections(loaded);
        model.addAttribute("elections", elections);
        model.addAttribute("electionTable", ElectionTables.elections(loaded.municipality().name(),
                TurnoutPages.base(loaded.municipality()), elections));
        Optional<TurnoutTrend> trend = figures.trend(elections);
        trend.ifPresent(t -> {
            model.addAttribute("trendTable", ElectionTables.trend(loaded.municipality().name(), t));
            model.addAttribute("trendChart", new ChartData("line", "Opkomst (%)",
                    t.points().stream().map(p -> p.turnout().electionName()).toList(),
                    t.points().stream().map(p -> p.turnout().turnout().toOptional().map(TurnoutOverviewController::percent)
                            .orElse(null)).toList()));
        });
        model.addAttribute("estimate", loaded.estimate().orElse(null));
        model.addAttribute("imports", data.imports(loaded.municipality()));
        model.addAttribute("hasStations", loaded.stations().isPresent());
        return "turnout/municipality";
    }

    static Double percent(Ratio ratio) {
        return ratio.percent(2).doubleValue();
    }
}
