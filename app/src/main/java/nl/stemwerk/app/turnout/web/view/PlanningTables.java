package nl.stemwerk.app.turnout.web.view;

import nl.stemwerk.app.turnout.web.table.DutchFormat;
import nl.stemwerk.app.turnout.web.table.TableBuilder;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.turnout.planning.RankedArea;
import nl.stemwerk.turnout.planning.Ranking;
import nl.stemwerk.turnout.planning.UnrankedArea;

/** Areas in the order where an extra or mobile station helps most, with the reasons in words. */
public final class PlanningTables {
    private PlanningTables() {
    }

    public static TableView ranking(String caption, Ranking ranking) {
        TableBuilder table = new TableBuilder("planning", caption).number("Plaats").text("Code").text("Naam")
                .number("Prioriteit (0 tot 1)").text("Advies").text("Waarom");
        for (RankedArea r : ranking.ranked()) {
            table.row().whole(r.rank()).text(r.area().code()).text(r.area().name())
                    .text(DutchFormat.decimal(r.priority(), 3)).text(r.suggestion().dutchName())
                    .text(String.join(" ", r.reasons()));
        }
        for (UnrankedArea u : ranking.notRanked()) {
            table.row().text("").text(u.area().code()).text(u.area().name()).text("").text("geen advies")
                    .text(u.reason());
        }
        return table.build();
    }
}
