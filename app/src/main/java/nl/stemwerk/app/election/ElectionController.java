package nl.stemwerk.app.election;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.users.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The elections, one election's overview, and the coordinator's set-up of the election and its sessions. */
@Controller
class ElectionController {
    private final ElectionService elections;
    private final CommitteeSessionService sessions;
    private final UserService users;

    ElectionController(ElectionService elections, CommitteeSessionService sessions, UserService users) {
        this.elections = elections;
        this.sessions = sessions;
        this.users = users;
    }

    @GetMapping("/verkiezingen/uitslag")
    String list(Model model) {
        model.addAttribute("elections", elections.list());
        return "election/list";
    }

    @GetMapping("/verkiezingen/{id:\\d+}")
    String overview(@PathVariable long id, Model model) {
        StoredElection election = elections.get(id);
        model.addAttribute("election", election);
        model.addAttribute("sessions", sessions.ofElection(id));
        model.addAttribute("candidates", election.lists().stream().mapToInt(l -> l.candidates().size()).sum());
        return "election/overview";
    }

    @GetMapping("/verkiezingen/{id:\\d+}/inrichting")
    @PreAuthorize("hasRole('COORDINATOR')")
    String setup(@PathVariable long id, Model model) {
        StoredElection election = elections.get(id);
        model.addAttribute("election", election);
        model.addAttribute("sessions", sessions.ofElection(id).stream().filter(s -> s.status().isOpen()).toList());
        model.addAttribute("typists", users.list().stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.INVOERDER)).toList());
        model.addAttribute("methods", CountingMethod.values());
        return "election/setup";
    }

    @PostMapping("/verkiezingen/{id:\\d+}/inrichting/telwijze")
    @PreAuthorize("hasRole('COORDINATOR')")
    String countingMethod(@PathVariable long id, @RequestParam CountingMethod countingMethod, Model model) {
        return Forms.submit(model, () -> {
            elections.changeCountingMethod(id, countingMethod);
            return "redirect:/verkiezingen/" + id + "/inrichting?opgeslagen";
        }, () -> setup(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/inrichting/zitting/{sessionId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String sessionDetails(@PathVariable long id, @PathVariable long sessionId, @RequestParam int version,
                          @RequestParam(defaultValue = "") String location, @RequestParam(defaultValue = "") String date,
                          @RequestParam(defaultValue = "") String time, Model model) {
        return Forms.submit(model, () -> {
            requireSessionOf(id, sessionId);
            sessions.changeDetails(sessionId, version, location, parseDate(date), parseTime(time));
            return "redirect:/verkiezingen/" + id + "/inrichting?opgeslagen";
        }, () -> setup(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/inrichting/zitting/{sessionId}/invoerders")
    @PreAuthorize("hasRole('COORDINATOR')")
    String typists(@PathVariable long id, @PathVariable long sessionId, @RequestParam int version,
                   @RequestParam(name = "typists", required = false) List<String> typists, Model model) {
        return Forms.submit(model, () -> {
            requireSessionOf(id, sessionId);
            sessions.assignTypists(sessionId, version, typists);
            return "redirect:/verkiezingen/" + id + "/inrichting?opgeslagen";
        }, () -> setup(id, model));
    }

    @PostMapping("/verkiezingen/{id:\\d+}/inrichting/zitting/{sessionId}/status")
    @PreAuthorize("hasRole('COORDINATOR')")
    String sessionStatus(@PathVariable long id, @PathVariable long sessionId, @RequestParam int version,
                         @RequestParam String action, Model model) {
        return Forms.submit(model, () -> {
            requireSessionOf(id, sessionId);
            switch (action) {
                case "start" -> sessions.startDataEntry(sessionId, version);
                case "pause" -> sessions.pauseDataEntry(sessionId, version);
                case "resume" -> sessions.resumeDataEntry(sessionId, version);
                default -> throw InvalidInput.of("action", "Onbekende actie: " + action + ".");
            }
            return "redirect:/verkiezingen/" + id + "/inrichting?opgeslagen";
        }, () -> setup(id, model));
    }

    private void requireSessionOf(long electionId, long sessionId) {
        CommitteeSession session = sessions.find(sessionId);
        if (session.electionId() != electionId) {
            throw InvalidInput.of("session", "Deze zitting hoort niet bij deze verkiezing.");
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("date", "De datum '" + text + "' klopt niet. Gebruik jjjj-mm-dd, bijvoorbeeld"
                    + " 2026-03-19.");
        }
    }

    static LocalTime parseTime(String text) {
        try {
            return text.isBlank() ? null : LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("time", "De tijd '" + text + "' klopt niet. Gebruik uu:mm, bijvoorbeeld 09:00.");
        }
    }
}
