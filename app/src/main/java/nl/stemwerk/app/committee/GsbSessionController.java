package nl.stemwerk.app.committee;

import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.kieswet.check.CheckCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public session of the GSB: progress of the data entry (for 10 or 300 stations, with filters and automatic
 * refresh), a read-only projector view, attendance, objections, the explanation of warnings, and finishing the session
 * with its documents.
 */
@Controller
@PreAuthorize("hasAnyRole('GSB_VOORZITTER', 'GSB_LID', 'COORDINATOR', 'RAADPLEGER')")
class GsbSessionController {
    static final String RECORDERS = "hasAnyRole('GSB_VOORZITTER', 'COORDINATOR')";

    private final ElectionService elections;
    private final CommitteeSessionService sessions;
    private final DataEntryService dataEntry;
    private final SessionRecordsService records;
    private final GsbSessionService gsbSessions;
    private final SessionDocuments documents;

    GsbSessionController(ElectionService elections, CommitteeSessionService sessions, DataEntryService dataEntry,
                         SessionRecordsService records, GsbSessionService gsbSessions, SessionDocuments documents) {
        this.elections = elections;
        this.sessions = sessions;
        this.dataEntry = dataEntry;
        this.records = records;
        this.gsbSessions = gsbSessions;
        this.documents = documents;
    }

    @GetMapping("/verkiezingen/{id:\\d+}/gsb")
    String session(@PathVariable long id, @RequestParam(defaultValue = "alle") String filter,
                   @RequestParam(defaultValue = "") String zoek, Model model) {
        CommitteeSession session = sessions.latest(id, Committee.GSB);
        model.addAttribute("election", elections.get(id).summary());
        model.addAttribute("committeeSession", session);
        model.addAttribute("progress", SessionProgress.of(dataEntry.progress(session.id()),
                ProgressFilter.fromSlug(filter), zoek));
        model.addAttribute("stations", elections.get(id).stations());
        model.addAttribute("attendance", records.attendance(session.id()));
        model.addAttribute("functions", AttendanceFunction.values());
        model.addAttribute("objections", records.objections(session.id()));
        model.addAttribute("warnings", records.warnings(session.id()));
        model.addAttribute("obstacles", session.status().isOpen() ? gsbSessions.obstacles(session.id()) : java.util.List.of());
        model.addAttribute("documents", documents.latest(session.id()));
        return "committee/gsb";
    }

    /** The progress table alone, for htmx to refresh; a full page for a request without htmx. */
    @GetMapping("/verkiezingen/{id:\\d+}/gsb/voortgang")
    String progress(@PathVariable long id, @RequestParam(defaultValue = "alle") String filter,
                    @RequestParam(defaultValue = "") String zoek,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/verkiezingen/" + id + "/gsb?filter=" + filter;
        }
        CommitteeSession session = sessions.latest(id, Committee.GSB);
        model.addAttribute("election", elections.get(id).summary());
        model.addAttribute("committeeSession", session);
        model.addAttribute("progress", SessionProgress.of(dataEntry.progress(session.id()),
                ProgressFilter.fromSlug(filter), zoek));
        return "committee/progress :: progress";
    }

    @GetMapping("/verkiezingen/{id:\\d+}/gsb/projectie")
    String projector(@PathVariable long id, Model model) {
        CommitteeSession session = sessions.latest(id, Committee.GSB);
        model.addAttribute("election", elections.get(id).summary());
        model.addAttribute("committeeSession", session);
        model.addAttribute("progress", SessionProgress.of(dataEntry.progress(session.id()), ProgressFilter.ALL, ""));
        return "committee/projector";
    }

    @PostMapping("/verkiezingen/{id:\\d+}/gsb/uitleg")
    @PreAuthorize(RECORDERS)
    String explain(@PathVariable long id, @RequestParam long dataEntry, @RequestParam CheckCode code,
                   @RequestParam(defaultValue = "") String explanation, Model model) {
        return Forms.submit(model, () -> {
            records.explain(current(id), dataEntry, code, explanation);
            return "redirect:/verkiezingen/" + id + "/gsb#waarschuwingen";
        }, () -> session(id, "alle", "", model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/gsb/afronden")
    @PreAuthorize(RECORDERS)
    String finish(@PathVariable long id, @RequestParam int version, Model model) {
        return Forms.submit(model, () -> {
            gsbSessions.finish(current(id), version);
            return "redirect:/verkiezingen/" + id + "/gsb?afgerond#documenten";
        }, () -> session(id, "alle", "", model));
    }

    private long current(long electionId) {
        return sessions.latest(electionId, Committee.GSB).id();
    }
}
