package nl.stemwerk.app.dataentry;

import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionSummary;
import nl.stemwerk.app.platform.web.ErrorMessages;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages: the entries of a session, and one entry's errors or differences to resolve. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ResolveController {
    private final DataEntryService dataEntry;
    private final ElectionService elections;
    private final CommitteeSessionService sessions;

    ResolveController(DataEntryService dataEntry, ElectionService elections, CommitteeSessionService sessions) {
        this.dataEntry = dataEntry;
        this.elections = elections;
        this.sessions = sessions;
    }

    @GetMapping("/coordinatie")
    String sessions(Model model) {
        List<Map.Entry<ElectionSummary, CommitteeSession>> open = new java.util.ArrayList<>();
        for (ElectionSummary election : elections.list()) {
            sessions.ofElection(election.id()).stream().filter(s -> s.status().isOpen())
                    .forEach(s -> open.add(Map.entry(election, s)));
        }
        model.addAttribute("open", open);
        return "dataentry/resolve-sessions";
    }

    @GetMapping("/coordinatie/zitting/{sessionId}")
    String session(@PathVariable long sessionId, Model model) {
        CommitteeSession session = sessions.find(sessionId);
        List<StationProgress> progress = dataEntry.progress(sessionId);
        model.addAttribute("committeeSession", session);
        model.addAttribute("election", elections.get(session.electionId()).summary());
        model.addAttribute("needed", progress.stream().filter(StationProgress::needsCoordinator).toList());
        model.addAttribute("progress", progress);
        return "dataentry/resolve-session";
    }

    @GetMapping("/coordinatie/invoer/{dataEntryId}")
    String entry(@PathVariable long dataEntryId, Model model) {
        model.addAttribute("view", CoordinatorView.of(dataEntry.context(dataEntryId)));
        return "dataentry/resolve-entry";
    }

    @PostMapping("/coordinatie/invoer/{dataEntryId}")
    String resolve(@PathVariable long dataEntryId, @RequestParam int version, @RequestParam Resolution decision,
                   Model model, RedirectAttributes redirect) {
        try {
            DataEntryContext after = dataEntry.resolve(dataEntryId, version, decision);
            redirect.addFlashAttribute("resolvedStatus", after.record().status().name());
            return "redirect:/coordinatie/invoer/" + dataEntryId;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("problems", Map.of("form", ErrorMessages.forStatus(409)));
        }
        return entry(dataEntryId, model);
    }
}
