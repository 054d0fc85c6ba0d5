package nl.stemwerk.app.turnout.web.view;

import nl.stemwerk.app.turnout.web.table.DutchFormat;
import nl.stemwerk.app.turnout.web.table.TableBuilder;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.planning.AreaChange;
import nl.stemwerk.turnout.planning.WhatIfResult;

/** The areas a proposed station changes, before and after. */
public final class WhatIfTables {
    private WhatIfTables() {
    }

    public static TableView changes(String stationName, WhatIfResult result) {
        TableBuilder table = new TableBuilder("wat-als", "Wat verandert er met " + stationName)
                .text("Code").text("Naam").number("Stembureaus nu").number("Stembureaus dan")
                .number("Per 1000 nu").number("Per 1000 dan").number("Afstand nu").number("Afstand dan")
                .number("Verschil in afstand");
        for (AreaChange change : result.changedAreas()) {
            AreaFigures before = change.before();
            AreaFigures after = change.after();
            table.row().text(before.code()).text(before.name()).stations(before.electionDayStations())
                    .stations(after.electionDayStations()).decimal(before.stationsPer1000(), 2)
                    .decimal(after.stationsPer1000(), 2).distance(before.distance()).distance(after.distance())
                    .text(change.meanDistanceChangeMetres().map(d -> (d > 0 ? "+" : d < 0 ? "-" : "")
                            + DutchFormat.distance(Math.abs(d))).orElse("onbekend"));
        }
        return table.build();
    }
}
