package nl.stemwerk.app.turnout.web;

import java.util.List;
import nl.stemwerk.app.municipality.Municipality;
import org.springframework.ui.Model;

/** What every page of one municipality shows: its name, the tabs to the other pages and which tab is open. */
final class TurnoutPages {
    /** The tabs, in order: path below /opkomst/{code}, label. */
    static final List<Tab> TABS = List.of(new Tab("", "Overzicht"), new Tab("/gebieden", "Per gebied"),
            new Tab("/planning", "Planning"), new Tab("/toegankelijkheid", "Toegankelijkheid"),
            new Tab("/vergelijking", "Twee verkiezingen vergelijken"));

    private TurnoutPages() {
    }

    public record Tab(String path, String label) {
    }

    static String base(Municipality municipality) {
        return "/opkomst/" + municipality.cbsCode();
    }

    static void common(Model model, Municipality municipality, String activeTab) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("base", base(municipality));
        model.addAttribute("tabs", TABS);
        model.addAttribute("activeTab", activeTab);
    }
}
