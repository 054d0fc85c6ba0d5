package nl.stemwerk.app.committee;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.ErrorMessages;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recording attendance and objections in a session of the GSB or the CSB. The GSB's chair or the coordinator records
 * for the GSB, a CSB member or the coordinator for the CSB. Back to the session's page, with the problems if any.
 */
@Controller
class SessionRecordsController {
    private final CommitteeSessionService sessions;
    private final SessionRecordsService records;

    SessionRecordsController(CommitteeSessionService sessions, SessionRecordsService records) {
        this.sessions = sessions;
        this.records = records;
    }

    @PostMapping("/verkiezingen/zitting/{sessionId}/aanwezig")
    String attend(@PathVariable long sessionId, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) AttendanceFunction function,
                  @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until,
                  RedirectAttributes redirect) {
        return record(sessionId, "aanwezig", redirect,
                () -> records.addAttendance(sessionId, name, function, time(from, "from"), time(until, "until")));
    }

    @PostMapping("/verkiezingen/zitting/{sessionId}/aanwezig/{attendanceId}/schrappen")
    String withdraw(@PathVariable long sessionId, @PathVariable long attendanceId, RedirectAttributes redirect) {
        return record(sessionId, "aanwezig", redirect, () -> records.withdrawAttendance(sessionId, attendanceId));
    }

    @PostMapping("/verkiezingen/zitting/{sessionId}/bezwaar")
    String object(@PathVariable long sessionId, @RequestParam(defaultValue = "0") int station,
                  @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        return record(sessionId, "bezwaren", redirect, () -> records.addObjection(sessionId, station, text));
    }

    private String record(long sessionId, String anchor, RedirectAttributes redirect, Runnable action) {
        CommitteeSession session = sessions.find(sessionId);
        Role recorder = session.committee() == Committee.GSB ? Role.GSB_VOORZITTER : Role.CSB;
        if (!CurrentUser.required().has(recorder) && !CurrentUser.required().has(Role.COORDINATOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            action.run();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.fieldMessages());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problems", Map.of("form", ErrorMessages.forStatus(409)));
        }
        return "redirect:/verkiezingen/" + session.electionId() + "/"
                + session.committee().name().toLowerCase(java.util.Locale.ROOT) + "#" + anchor;
    }

    private static LocalTime time(String text, String field) {
        try {
            return text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "De tijd '" + text + "' klopt niet. Gebruik uu:mm, bijvoorbeeld 09:00.");
        }
    }
}
