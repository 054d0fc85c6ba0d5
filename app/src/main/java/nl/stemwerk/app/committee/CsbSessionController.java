package nl.stemwerk.app.committee;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.stemwerk.app.apportionment.CsbAllocation;
import nl.stemwerk.app.apportionment.CsbApportionmentService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.apportionment.AllocationExplanation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public session of the CSB: its double entry of the GSB's result compared with what the GSB adopted, deceased
 * candidates, the seat allocation with every step, lots drawn in public, the elected candidates and the ranking,
 * attendance and objections, and finishing with proces-verbaal P 22-2, 510d and 520.
 */
@Controller
@PreAuthorize("hasAnyRole('CSB', 'COORDINATOR', 'RAADPLEGER')")
class CsbSessionController {
    static final String RECORDERS = "hasAnyRole('CSB', 'COORDINATOR')";

    private final ElectionService elections;
    private final CommitteeSessionService sessions;
    private final DataEntryService dataEntry;
    private final SessionRecordsService records;
    private final CsbSessionService csbSessions;
    private final CsbApportionmentService apportionment;
    private final SessionDocuments documents;

    CsbSessionController(ElectionService elections, CommitteeSessionService sessions, DataEntryService dataEntry,
                         SessionRecordsService records, CsbSessionService csbSessions,
                         CsbApportionmentService apportionment, SessionDocuments documents) {
        this.elections = elections;
        this.sessions = sessions;
        this.dataEntry = dataEntry;
        this.records = records;
        this.csbSessions = csbSessions;
        this.apportionment = apportionment;
        this.documents = documents;
    }

    @GetMapping("/verkiezingen/{id:\\d+}/csb")
    String session(@PathVariable long id, Model model) {
        StoredElection election = elections.get(id);
        CommitteeSession session = sessions.latest(id, Committee.CSB);
        CsbAllocation allocation = apportionment.allocation(session.id());
        model.addAttribute("election", election.summary());
        model.addAttribute("lists", election.lists());
        model.addAttribute("committeeSession", session);
        model.addAttribute("entry", dataEntry.progress(session.id()).getFirst());
        model.addAttribute("gsbAvailable", csbSessions.gsbResultAvailable(id));
        model.addAttribute("differences", csbSessions.differencesWithGsb(session.id()));
        model.addAttribute("deceased", apportionment.deceased(session.id()));
        model.addAttribute("allocation", allocation);
        if (allocation instanceof CsbAllocation.Allocated allocated) {
            model.addAttribute("allocated", allocated);
            model.addAttribute("explanation", allocated.completed()
                    .map(c -> AllocationExplanation.of(c, allocated.input().listNames()))
                    .orElseGet(() -> AllocationExplanation.of(allocated.drawingRequired().orElseThrow(),
                            allocated.input().listNames())));
        }
        model.addAttribute("stations", election.stations());
        model.addAttribute("attendance", records.attendance(session.id()));
        model.addAttribute("functions", AttendanceFunction.values());
        model.addAttribute("objections", records.objections(session.id()));
        model.addAttribute("obstacles", session.status().isOpen() ? csbSessions.obstacles(session.id()) : List.of());
        model.addAttribute("documents", documents.latest(session.id()));
        return "committee/csb";
    }

    @PostMapping("/verkiezingen/{id:\\d+}/csb/overleden")
    @PreAuthorize(RECORDERS)
    String deceased(@PathVariable long id, @RequestParam(defaultValue = "0") int list,
                    @RequestParam(defaultValue = "0") int candidate, Model model) {
        return Forms.submit(model, () -> {
            apportionment.registerDeceased(current(id), list, candidate);
            return "redirect:/verkiezingen/" + id + "/csb#overleden";
        }, () -> session(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/csb/overleden/{deceasedId}/schrappen")
    @PreAuthorize(RECORDERS)
    String withdrawDeceased(@PathVariable long id, @PathVariable long deceasedId, Model model) {
        return Forms.submit(model, () -> {
            apportionment.withdrawDeceased(current(id), deceasedId);
            return "redirect:/verkiezingen/" + id + "/csb#overleden";
        }, () -> session(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/csb/loting")
    @PreAuthorize(RECORDERS)
    String lot(@PathVariable long id, @RequestParam int sequence, @RequestParam(defaultValue = "0") int chosen,
               @RequestParam(defaultValue = "") String drawnBy, @RequestParam(defaultValue = "") String drawnAt,
               Model model) {
        return Forms.submit(model, () -> {
            apportionment.recordLot(current(id), sequence, chosen, drawnBy, moment(drawnAt));
            return "redirect:/verkiezingen/" + id + "/csb#zetels";
        }, () -> session(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/csb/afronden")
    @PreAuthorize(RECORDERS)
    String finish(@PathVariable long id, @RequestParam int version, Model model) {
        return Forms.submit(model, () -> {
            csbSessions.finish(current(id), version);
            return "redirect:/verkiezingen/" + id + "/csb?afgerond#documenten";
        }, () -> session(id, model));
    }

    private long current(long electionId) {
        return sessions.latest(electionId, Committee.CSB).id();
    }

    private static Instant moment(String text) {
        try {
            return text.isBlank() ? null
                    : LocalDateTime.parse(text.strip()).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("drawnAt", "Het tijdstip '" + text + "' klopt niet. Gebruik datum en tijd,"
                    + " bijvoorbeeld 2026-03-23T10:15.");
        }
    }
}
