package nl.stemwerk.app.turnout.web;

import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.app.turnout.web.view.ElectionTables;
import nl.stemwerk.app.turnout.web.view.StationTables;
import nl.stemwerk.turnout.figures.CalledVotersCheck;
import nl.stemwerk.turnout.station.OpenDataStationCsvWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One election's figures per polling station, and the downloads of the municipality's own tables. */
@Controller
@PreAuthorize(TurnoutAccess.READ)
class StationFiguresController {
    private final TurnoutDataService data;
    private final TurnoutFigures figures;

    StationFiguresController(TurnoutDataService data, TurnoutFigures figures) {
        this.data = data;
        this.figures = figures;
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/telling/{id}")
    String stations(@PathVariable String code, @PathVariable long id, Model model) {
        TurnoutData loaded = data.load(code);
        StoredCount count = count(loaded, id);
        TurnoutPages.common(model, loaded.municipality(), "");
        model.addAttribute("count", count);
        model.addAttribute("assessment", CalledVotersCheck.assess(count.count()));
        model.addAttribute("stationTable", table(loaded, count));
        model.addAttribute("openingHoursKnown", !loaded.stationList().openingHoursOn(count.count().electionDate()).isEmpty());
        return "turnout/stations";
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/telling/{id}/stembureaus.csv")
    ResponseEntity<byte[]> stationsCsv(@PathVariable String code, @PathVariable long id) {
        TurnoutData loaded = data.load(code);
        return Downloads.csv(table(loaded, count(loaded, id)), "stembureaus-" + code + "-" + id + ".csv");
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/verkiezingen.csv")
    ResponseEntity<byte[]> electionsCsv(@PathVariable String code) {
        TurnoutData loaded = data.load(code);
        return Downloads.csv(ElectionTables.elections(loaded.municipality().name(),
                TurnoutPages.base(loaded.municipality()), figures.elections(loaded)), "verkiezingen-" + code + ".csv");
    }

    /** The municipality's stations as the Stembureaus Open Data Standaard describes them (export). */
    @GetMapping("/opkomst/{code:GM\\d{4}}/stembureaus-opendata.csv")
    ResponseEntity<byte[]> openData(@PathVariable String code) {
        TurnoutData loaded = data.load(code);
        if (loaded.stations().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Downloads.text("stembureaus-" + code + ".csv", "text/csv",
                out -> OpenDataStationCsvWriter.write(loaded.stationList(), out));
    }

    private TableView table(TurnoutData loaded, StoredCount count) {
        return StationTables.stations(count.count().electionName(), figures.stations(loaded, count));
    }

    static StoredCount count(TurnoutData loaded, long id) {
        return loaded.count(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
