package nl.stemwerk.app.turnout.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.files.UnusableFile;
import nl.stemwerk.app.turnout.imports.ImportReceipt;
import nl.stemwerk.app.turnout.imports.TurnoutImportService;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.planning.WhatIfResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The turnout figures, the what-if and the import for scripts: the same service calls as the pages. */
@RestController
@Tag(name = "Opkomst", description = "Opkomst, stembureaus per gebied en planning van stembureaus")
class TurnoutApi {
    private final TurnoutDataService data;
    private final TurnoutFigures figures;
    private final TurnoutImportService imports;

    TurnoutApi(TurnoutDataService data, TurnoutFigures figures, TurnoutImportService imports) {
        this.data = data;
        this.figures = figures;
        this.imports = imports;
    }

    @Operation(summary = "Opkomst per verkiezing en per stembureau; een onbekend cijfer heeft 'why' in plaats van 'value'")
    @GetMapping(value = "/api/opkomst/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(TurnoutAccess.READ)
    String municipality(@PathVariable String code) {
        TurnoutData loaded = data.load(code);
        return TurnoutJson.write(Map.of("municipality", loaded.municipality().cbsCode(),
                "elections", figures.elections(loaded).stream().map(e -> Map.of("importId", e.count().importId(),
                        "figures", e.turnout(), "calledVoters", e.assessment(),
                        "stations", figures.stations(loaded, e.count()))).toList()));
    }

    @Operation(summary = "Cijfers per gebied (niveau pc4, wijk of buurt) van één verkiezing (telling)")
    @GetMapping(value = "/api/opkomst/{code}/gebieden", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(TurnoutAccess.READ)
    String areas(@PathVariable String code, @RequestParam(name = "niveau", required = false) String level,
                 @RequestParam(name = "telling", required = false) Long countId) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, level, countId);
        AreaFiguresResult result = figures.areas(loaded, selection.level(), selection.count());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", selection.level().slug());
        result.grouping().ifPresent(g -> {
            body.put("grouping", g);
            body.put("ranking", figures.ranking(g));
        });
        result.whyNot().ifPresent(why -> body.put("why", why));
        body.put("notes", result.notes());
        return TurnoutJson.write(body);
    }

    @Operation(summary = "Wat verandert er met een extra of mobiel stembureau? Er wordt niets opgeslagen")
    @PostMapping(value = "/api/opkomst/{code}/wat-als", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(TurnoutAccess.READ)
    String whatIf(@PathVariable String code, @RequestParam(name = "niveau", required = false) String level,
                  @RequestBody WhatIfForm form) {
        TurnoutData loaded = data.load(code);
        AreaSelection selection = AreaSelection.of(loaded, level, null);
        CoverageInput input = figures.areas(loaded, selection.level(), selection.count()).input()
                .filter(i -> loaded.hasStationPlaces())
                .orElseThrow(() -> InvalidInput.of("niveau", "Een wat-als kan alleen per wijk of buurt, met grenzen en "
                        + "stembureaus met een bekende plek."));
        WhatIfResult result;
        try {
            result = figures.whatIf(input, form.toProposal(input.electionDay(), loaded.areasAt(AreaLevel.NEIGHBOURHOOD)));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("stops", e.getMessage());
        }
        return TurnoutJson.write(Map.of("stationNumber", result.stationNumber(), "changes", result.changedAreas(),
                "municipalityBefore", result.before().municipality(), "municipalityAfter", result.after().municipality()));
    }

    @Operation(summary = "Importeer een bestand: soort telling, stembureaus, grenzen, kiesgerechtigden of inwoners")
    @PostMapping(value = "/api/opkomst/importeren", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(TurnoutAccess.IMPORT)
    ResponseEntity<Map<String, Object>> importFile(@RequestParam(name = "soort", defaultValue = "") String kind,
                                                   @RequestParam(name = "gemeente", defaultValue = "") String municipality,
                                                   @RequestParam(name = "herstel", defaultValue = "false") boolean repair,
                                                   @RequestParam(name = "bestand", required = false) MultipartFile file) {
        ImportReceipt receipt = imports.importFile(TurnoutImportController.request(kind, municipality, repair, file));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importId", receipt.importId());
        body.put("soort", receipt.kind().slug());
        body.put("gemeente", receipt.municipality().map(m -> m.cbsCode()).orElse(null));
        body.put("formaat", receipt.format());
        body.put("samenvatting", receipt.summary());
        body.put("opmerkingen", receipt.notes().stream().map(n -> n.message()).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** A file that cannot be used: 400 with every problem, file, row and column, as the other API errors are. */
    @ExceptionHandler(UnusableFile.class)
    ResponseEntity<Map<String, Object>> unusable(UnusableFile e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("melding", e.getMessage());
        body.put("problemen", e.problems().stream().map(p -> Map.of("code", p.code(), "waar", p.where(),
                "melding", p.message())).toList());
        return ResponseEntity.badRequest().body(body);
    }
}
