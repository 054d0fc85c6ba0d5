package nl.stemwerk.app.turnout.web.view;

import java.util.List;
import nl.stemwerk.app.turnout.web.table.DutchFormat;
import nl.stemwerk.app.turnout.web.table.TableBuilder;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.turnout.count.VotingDay;
import nl.stemwerk.turnout.figures.StationFigures;

/** The figures of every column of one count. */
public final class StationTables {
    private StationTables() {
    }

    public static TableView stations(String electionName, List<StationFigures> stations) {
        TableBuilder table = new TableBuilder("stembureaus", "Stembureaus bij " + electionName)
                .number("Nummer").text("Naam").text("Postcode").text("Dag").number("Toegelaten kiezers")
                .number("Kiezers per uur open").number("Met volmacht (%)").number("Blanco (%)").number("Ongeldig (%)")
                .number("Uitgebrachte stemmen per opgeroepen kiezer (%)");
        for (StationFigures s : stations) {
            table.row().whole(s.number()).text(s.name()).text(s.postcode()).text(day(s.votingDay()))
                    .whole(s.admittedVoters()).decimal(s.admittedPerOpeningHour(), 1).percent(s.proxyShare())
                    .percent(s.blankRate()).percent(s.invalidRate()).percent(s.calledVotersTurnout());
        }
        return table.build();
    }

    static String day(VotingDay day) {
        if (!day.early()) {
            return "verkiezingsdag";
        }
        return day.date().map(d -> "vervroegd, " + DutchFormat.date(d)).orElse("vervroegd (dag onbekend)");
    }
}
