package nl.stemwerk.app.turnout.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.util.List;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.figures.StationFigures;
import nl.stemwerk.turnout.map.MapLayers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** GeoJSON layers for the map (Leaflet reads them as they are): areas with their figures, and the stations. */
@RestController
@PreAuthorize(TurnoutAccess.READ)
@Tag(name = "Opkomst", description = "Opkomst, stembureaus per gebied en planning van stembureaus")
class TurnoutMapApi {
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final TurnoutDataService data;
    private final TurnoutFigures figures;

    TurnoutMapApi(TurnoutDataService data, TurnoutFigures figures) {
        this.data = data;
        this.figures = figures;
    }

    @Operation(summary = "Wijken of buurten als GeoJSON, met per gebied de cijfers, de planning en waar een cijfer"
            + " onbekend is de reden (…Waarom)")
    @GetMapping("/api/opkomst/{code}/kaart/gebieden")
    ResponseEntity<String> areas(@PathVariable String code, @RequestParam(name = "niveau", required = false) String level,
                                 @RequestParam(name = "telling", required = false) Long countId) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, level, countId);
        AreaFiguresResult result = figures.areas(loaded, selection.level(), selection.count());
        Grouping grouping = result.grouping().filter(g -> !result.shapes().isEmpty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StringWriter out = new StringWriter();
        MapLayers.writeAreas(grouping, result.shapes(), out);
        return ResponseEntity.ok().contentType(GEO_JSON).body(out.toString());
    }

    @Operation(summary = "De stembureaus met een bekende plek als GeoJSON-punten; een mobiel stembureau per plek")
    @GetMapping("/api/opkomst/{code}/kaart/stembureaus")
    ResponseEntity<String> stations(@PathVariable String code) {
        TurnoutData loaded = data.load(code);
        List<StationFigures> stationFigures = loaded.stationDay()
                .flatMap(day -> loaded.counts().stream().filter(c -> c.count().electionDate().equals(day)).findFirst())
                .map(count -> figures.stations(loaded, count)).orElse(List.of());
        StringWriter out = new StringWriter();
        MapLayers.writeStations(loaded.stationList(), stationFigures, out);
        return ResponseEntity.ok().contentType(GEO_JSON).body(out.toString());
    }
}
