package nl.stemwerk.app.turnout.web.view;

import nl.stemwerk.app.turnout.web.table.TableBuilder;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.coverage.Baseline;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.figures.Figure;

/** The figures per area, with the whole municipality measured the same way as the last row. */
public final class AreaTables {
    private AreaTables() {
    }

    public static TableView areas(String caption, Grouping grouping) {
        TableBuilder table = new TableBuilder("gebieden", caption)
                .text("Code").text("Naam").number("Stembureaus op de verkiezingsdag").number("Mensen")
                .number("Stembureaus per 1000").number("Toegelaten kiezers").number("Vervroegd gestemd (%)")
                .number("Met volmacht (%)").number("Opkomst (%)").number("Afstand tot een stembureau");
        for (AreaFigures a : grouping.areas()) {
            table.row().text(a.code()).text(a.name()).stations(a.electionDayStations()).population(a.population())
                    .decimal(a.stationsPer1000(), 2).count(a.admittedVoters()).percent(a.earlyVotingShare())
                    .percent(a.proxyShare()).percent(a.turnout()).distance(a.distance());
        }
        Baseline m = grouping.municipality();
        table.totalRow().text("").text("Hele gemeente").text("").text("").decimal(m.stationsPer1000(), 2).text("").text("")
                .text("").percent(m.electionDayTurnout()).distance(m.distance());
        grouping.notes().forEach(note -> table.note(note.message()));
        return table.build();
    }

    /** Whether any area has a known figure of this kind, to decide whether a chart is worth drawing. */
    public static boolean anyKnown(Grouping grouping, java.util.function.Function<AreaFigures, Figure<?>> figure) {
        return grouping.areas().stream().anyMatch(a -> figure.apply(a).isKnown());
    }
}
