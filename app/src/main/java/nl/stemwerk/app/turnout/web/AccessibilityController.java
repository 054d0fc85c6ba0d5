package nl.stemwerk.app.turnout.web;

import java.util.List;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.app.turnout.web.view.AccessibilityTables;
import nl.stemwerk.turnout.planning.AccessibilityChecklist;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The accessibility checklist of every station, from the open-data station list. */
@Controller
@PreAuthorize(TurnoutAccess.READ)
class AccessibilityController {
    private final TurnoutDataService data;
    private final TurnoutFigures figures;

    AccessibilityController(TurnoutDataService data, TurnoutFigures figures) {
        this.data = data;
        this.figures = figures;
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/toegankelijkheid")
    String accessibility(@PathVariable String code, Model model) {
        TurnoutData loaded = data.load(code);
        TurnoutPages.common(model, loaded.municipality(), "/toegankelijkheid");
        List<AccessibilityChecklist> checklists = figures.accessibility(loaded);
        model.addAttribute("stations", loaded.stations().orElse(null));
        model.addAttribute("meeting", checklists.stream().filter(AccessibilityChecklist::meetsLegalMinimum).count());
        model.addAttribute("checklistTable", table(loaded, checklists));
        return "turnout/accessibility";
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/toegankelijkheid.csv")
    ResponseEntity<byte[]> accessibilityCsv(@PathVariable String code) {
        TurnoutData loaded = data.load(code);
        return Downloads.csv(table(loaded, figures.accessibility(loaded)), "toegankelijkheid-" + code + ".csv");
    }

    private static TableView table(TurnoutData loaded, List<AccessibilityChecklist> checklists) {
        return AccessibilityTables.checklists("Toegankelijkheid per stembureau in " + loaded.municipality().name(),
                checklists);
    }
}
