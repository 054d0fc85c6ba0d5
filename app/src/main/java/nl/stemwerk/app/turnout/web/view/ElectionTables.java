package nl.stemwerk.app.turnout.web.view;

import java.util.List;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.web.table.DutchFormat;
import nl.stemwerk.app.turnout.web.table.TableBuilder;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.turnout.figures.EligibleVoters;
import nl.stemwerk.turnout.figures.MunicipalTurnout;
import nl.stemwerk.turnout.figures.TurnoutTrend;
import nl.stemwerk.turnout.figures.TurnoutTrendPoint;

/** The municipality's elections and the trend over them, as tables. */
public final class ElectionTables {
    private ElectionTables() {
    }

    public static TableView elections(String municipalityName, String basePath, List<ElectionFigures> elections) {
        TableBuilder table = new TableBuilder("verkiezingen", "Opkomst in " + municipalityName + " per verkiezing")
                .text("Verkiezing").text("Datum").number("Opkomst (%)").number("Uitgebrachte stemmen")
                .number("Kiesgerechtigden").number("Toegelaten kiezers").number("Vervroegd gestemd (%)")
                .number("Met volmacht (%)").number("Blanco (%)").number("Ongeldig (%)")
                .number("Stembureaus op de verkiezingsdag").number("Stembureaus per 1000 kiesgerechtigden");
        for (ElectionFigures election : elections) {
            MunicipalTurnout t = election.turnout();
            table.row().link(t.electionName(), basePath + "/telling/" + election.count().importId())
                    .text(DutchFormat.date(t.electionDate())).percent(t.turnout()).whole(t.votesCast())
                    .count(t.eligibleVoters().map(EligibleVoters::count)).whole(t.admittedVoters())
                    .percent(t.earlyVotingShare()).percent(t.proxyShare()).percent(t.blankRate())
                    .percent(t.invalidRate()).whole(t.electionDayStations()).decimal(t.stationsPer1000(), 2);
        }
        return table.build();
    }

    public static TableView trend(String municipalityName, TurnoutTrend trend) {
        TableBuilder table = new TableBuilder("trend", "Opkomst in " + municipalityName + " door de jaren heen")
                .text("Verkiezing").text("Datum").number("Opkomst (%)").number("Verschil met de vorige (procentpunt)");
        for (TurnoutTrendPoint point : trend.points()) {
            table.row().text(point.turnout().electionName()).text(DutchFormat.date(point.turnout().electionDate()))
                    .percent(point.turnout().turnout()).decimal(point.changeFromPrevious(), 1);
        }
        return table.build();
    }
}
