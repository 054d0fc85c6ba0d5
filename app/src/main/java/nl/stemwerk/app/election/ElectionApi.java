package nl.stemwerk.app.election;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Elections and the set-up of their sessions, for scripts: the same service calls as the pages. */
@RestController
@Tag(name = "Verkiezingen", description = "Verkiezingen, hun zittingen en de inrichting daarvan")
class ElectionApi {
    private final ElectionService elections;
    private final CommitteeSessionService sessions;

    ElectionApi(ElectionService elections, CommitteeSessionService sessions) {
        this.elections = elections;
        this.sessions = sessions;
    }

    @Operation(summary = "Alle verkiezingen van de eigen gemeente")
    @GetMapping("/api/verkiezingen")
    List<ElectionSummary> list() {
        return elections.list();
    }

    @Operation(summary = "Eén verkiezing met lijsten, kandidaten, stembureaus en zittingen")
    @GetMapping("/api/verkiezingen/{id}")
    ElectionDetails get(@PathVariable long id) {
        StoredElection election = elections.get(id);
        return new ElectionDetails(election.summary(), election.election(), election.stations(), sessions.ofElection(id));
    }

    @Operation(summary = "Wijzig de manier van tellen (CSO of DSO), zolang de invoer niet is begonnen")
    @PutMapping("/api/verkiezingen/{id}/telwijze")
    @PreAuthorize("hasRole('COORDINATOR')")
    void countingMethod(@PathVariable long id, @RequestBody CountingMethod method) {
        elections.changeCountingMethod(id, method);
    }

    @Operation(summary = "Plaats, datum en begintijd van een zitting; geef de versie die u las mee")
    @PutMapping("/api/zittingen/{sessionId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    CommitteeSession details(@PathVariable long sessionId, @RequestBody SessionDetails details) {
        return sessions.changeDetails(sessionId, details.version(), details.location(),
                ElectionController.parseDate(nullToEmpty(details.date())),
                ElectionController.parseTime(nullToEmpty(details.time())));
    }

    @Operation(summary = "De invoerders van een zitting")
    @PutMapping("/api/zittingen/{sessionId}/invoerders")
    @PreAuthorize("hasRole('COORDINATOR')")
    CommitteeSession typists(@PathVariable long sessionId, @RequestBody SessionTypists typists) {
        return sessions.assignTypists(sessionId, typists.version(), typists.typists());
    }

    @Operation(summary = "Start, pauzeer of hervat de invoer van een zitting (actie start, pause of resume)")
    @PostMapping("/api/zittingen/{sessionId}/invoer")
    @PreAuthorize("hasRole('COORDINATOR')")
    CommitteeSession status(@PathVariable long sessionId, @RequestBody SessionAction action) {
        return switch (action.action() == null ? "" : action.action()) {
            case "start" -> sessions.startDataEntry(sessionId, action.version());
            case "pause" -> sessions.pauseDataEntry(sessionId, action.version());
            case "resume" -> sessions.resumeDataEntry(sessionId, action.version());
            default -> throw InvalidInput.of("action", "Kies start, pause of resume.");
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    record ElectionDetails(ElectionSummary summary, nl.stemwerk.kieswet.election.Election election,
                           List<ElectionStation> stations, List<CommitteeSession> sessions) {
    }

    record SessionDetails(int version, String location, String date, String time) {
    }

    record SessionTypists(int version, List<String> typists) {
    }

    record SessionAction(int version, String action) {
    }
}
