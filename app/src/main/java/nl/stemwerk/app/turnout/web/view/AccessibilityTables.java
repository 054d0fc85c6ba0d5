package nl.stemwerk.app.turnout.web.view;

import java.util.List;
import nl.stemwerk.app.turnout.web.table.TableBuilder;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.turnout.planning.AccessibilityChecklist;
import nl.stemwerk.turnout.planning.ChecklistItem;
import nl.stemwerk.turnout.planning.ChecklistStatus;
import nl.stemwerk.turnout.station.AccessibilityFeature;

/** The accessibility checklist of every station in one table: a row per station, a column per question. */
public final class AccessibilityTables {
    private AccessibilityTables() {
    }

    public static TableView checklists(String caption, List<AccessibilityChecklist> checklists) {
        TableBuilder table = new TableBuilder("toegankelijkheid", caption).number("Nummer").text("Naam")
                .text("Voldoet aan de wet (artikel J 4)");
        for (AccessibilityFeature feature : AccessibilityFeature.values()) {
            table.text(feature.column());
        }
        for (AccessibilityChecklist checklist : checklists) {
            TableBuilder.Row row = table.row().whole(checklist.stationNumber()).text(checklist.stationName())
                    .text(checklist.meetsLegalMinimum() ? "ja" : "nee");
            for (ChecklistItem item : checklist.items()) {
                row.noted(item.status().dutchName(), item.status() == ChecklistStatus.MET ? List.of()
                        : List.of(item.question() + " " + item.explanation()));
            }
        }
        return table.build();
    }
}
