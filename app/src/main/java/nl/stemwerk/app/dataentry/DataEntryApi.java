package nl.stemwerk.app.dataentry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.kieswet.check.EntryChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Double entry for scripts: the same service calls (and so the same rules) as the pages. Every change names the
 * version it was made on; a change on an older version answers 409.
 */
@RestController
@Tag(name = "Invoer", description = "Processen-verbaal invoeren (twee keer) en verschillen oplossen")
class DataEntryApi {
    private final DataEntryService dataEntry;
    private final TypistStations stations;

    DataEntryApi(DataEntryService dataEntry, TypistStations stations) {
        this.dataEntry = dataEntry;
        this.stations = stations;
    }

    @Operation(summary = "Hoe ver de invoer van elk proces-verbaal van een zitting is (alle stembureaus: het"
            + " overzicht van de coördinator)")
    @GetMapping("/api/zittingen/{sessionId}/invoer")
    List<StationProgress> progress(@PathVariable long sessionId) {
        return dataEntry.progress(sessionId);
    }

    @Operation(summary = "De stembureaus die u nu kunt invoeren of afmaken, per pagina van 25; zoek op nummer"
            + " (\"17\" of \"stembureau 17\") of op een deel van de naam")
    @GetMapping("/api/zittingen/{sessionId}/invoer/open")
    @PreAuthorize("hasRole('INVOERDER')")
    OpenStations open(@PathVariable long sessionId, @RequestParam(name = "zoek", defaultValue = "") String search,
                      @RequestParam(name = "pagina", defaultValue = "1") int page) {
        return stations.openTo(sessionId, me(), search, page);
    }

    @Operation(summary = "Hoe ver de invoer van één stembureau is; 0 is de uitkomst van het GSB")
    @GetMapping("/api/zittingen/{sessionId}/invoer/{stationNumber}")
    StationProgress station(@PathVariable long sessionId, @PathVariable int stationNumber) {
        return stations.station(sessionId, stationNumber);
    }

    @Operation(summary = "Begin (of hervat) de eerste of tweede invoer van een stembureau; 0 is de uitkomst van het GSB")
    @PostMapping("/api/zittingen/{sessionId}/invoer/{stationNumber}")
    @PreAuthorize("hasRole('INVOERDER')")
    EntryState claim(@PathVariable long sessionId, @PathVariable int stationNumber, @RequestBody Versioned body) {
        return EntryState.of(dataEntry.claim(sessionId, stationNumber, body.version(), me()), me());
    }

    @Operation(summary = "Sla vakken van uw invoer op (veldnamen als op papier: A, E.2, list.2.candidate.5)")
    @PutMapping("/api/invoer/{dataEntryId}")
    @PreAuthorize("hasRole('INVOERDER')")
    EntryState save(@PathVariable long dataEntryId, @RequestBody Save body) {
        return EntryState.of(dataEntry.save(dataEntryId, body.version(), me(),
                body.fields() == null ? Map.of() : body.fields(), body.section() == null ? "" : body.section()), me());
    }

    @Operation(summary = "Rond uw invoer af")
    @PostMapping("/api/invoer/{dataEntryId}/afronden")
    @PreAuthorize("hasRole('INVOERDER')")
    EntryState finalise(@PathVariable long dataEntryId, @RequestBody Versioned body) {
        return EntryState.of(dataEntry.finalise(dataEntryId, body.version(), me()), me());
    }

    @Operation(summary = "Verwijder uw invoer die nog niet is afgerond")
    @PostMapping("/api/invoer/{dataEntryId}/verwijderen")
    @PreAuthorize("hasRole('INVOERDER')")
    EntryState discard(@PathVariable long dataEntryId, @RequestBody Versioned body) {
        return EntryState.of(dataEntry.discard(dataEntryId, body.version(), me()), me());
    }

    @Operation(summary = "Coördinator: los fouten of verschillen op, of begin opnieuw")
    @PostMapping("/api/invoer/{dataEntryId}/oplossen")
    @PreAuthorize("hasRole('COORDINATOR')")
    EntryState resolve(@PathVariable long dataEntryId, @RequestBody Resolve body) {
        return EntryState.of(dataEntry.resolve(dataEntryId, body.version(), body.decision()), null);
    }

    private static String me() {
        return CurrentUser.required().username();
    }

    record Versioned(int version) {
    }

    record Save(int version, String section, Map<String, String> fields) {
    }

    record Resolve(int version, Resolution decision) {
    }

    /**
     * Where an entry stands after an action: its state and version, the typists, and for a typist their own entry
     * with the codes of the checks that fired.
     */
    record EntryState(long dataEntryId, int station, String status, int version, String firstTypist,
                      String secondTypist, Map<String, String> fields, List<String> errors, List<String> warnings) {
        static EntryState of(DataEntryContext context, String typist) {
            DataEntryRecord record = context.record();
            var own = typist == null ? java.util.Optional.<TypistView>empty() : TypistView.of(context, typist);
            var checks = own.map(v -> EntryChecks.check(v.entry()));
            return new EntryState(record.dataEntryId(), context.stationNumber(), record.status().name().name(),
                    record.version(), record.first().map(StoredEntry::typist).orElse(null),
                    record.second().map(StoredEntry::typist).orElse(null),
                    own.map(TypistView::values).orElse(Map.of()),
                    checks.map(c -> c.errors().stream().map(r -> r.code().label()).toList()).orElse(List.of()),
                    checks.map(c -> c.warnings().stream().map(r -> r.code().label()).toList()).orElse(List.of()));
        }
    }
}
