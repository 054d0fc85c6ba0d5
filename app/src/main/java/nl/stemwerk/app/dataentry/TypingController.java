package nl.stemwerk.app.dataentry;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.ErrorMessages;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The typist's pages: the sessions to enter for, the stations of a session, and the proces-verbaal section by
 * section as on paper (keyboard first: Enter moves on; numbers only; checks shown as the typist goes).
 */
@Controller
@PreAuthorize("hasRole('INVOERDER')")
class TypingController {
    private final DataEntryService dataEntry;
    private final TypistStations stations;
    private final TypingSessions typingSessions;
    private final MessageSourceAccessor messages;

    TypingController(DataEntryService dataEntry, TypistStations stations, TypingSessions typingSessions,
                     MessageSource messages) {
        this.dataEntry = dataEntry;
        this.stations = stations;
        this.typingSessions = typingSessions;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/invoer")
    String sessions(Model model) {
        model.addAttribute("sessions", typingSessions.of(me()));
        return "dataentry/sessions";
    }

    @GetMapping("/invoer/zitting/{sessionId}")
    String session(@PathVariable long sessionId, @RequestParam(name = "zoek", defaultValue = "") String search,
                   @RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
        TypingSessions.Entry entry = typingSessions.of(me()).stream().filter(s -> s.session().id() == sessionId)
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entry", entry);
        model.addAttribute("open", stations.openTo(sessionId, me(), search, page));
        return "dataentry/session";
    }

    @PostMapping("/invoer/zitting/{sessionId}/stembureau")
    String claim(@PathVariable long sessionId, @RequestParam(defaultValue = "") String number, Model model,
                 RedirectAttributes redirect) {
        try {
            int station = parseNumber(number);
            int version = stations.station(sessionId, station).version();
            DataEntryContext context = dataEntry.claim(sessionId, station, version, me());
            String section = TypistView.of(context, me()).map(TypistView::resumeSection)
                    .orElse(context.sections().getFirst().key());
            return "redirect:/invoer/" + context.record().dataEntryId() + "/" + section;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("problems", Map.of("number", "Een andere invoerder was u net voor bij dit"
                    + " stembureau. Kies het opnieuw of neem een ander stembureau."));
        }
        return session(sessionId, "", 1, model);
    }

    @GetMapping("/invoer/{dataEntryId}/{section}")
    String section(@PathVariable long dataEntryId, @PathVariable String section, Model model) {
        TypistView view = view(dataEntryId);
        model.addAttribute("view", view);
        model.addAttribute("context", view.context());
        if (EntrySections.CHECK.equals(section)) {
            model.addAttribute("pageTitle", title(view.context(), messages.getMessage("typing.check.title")));
            return "dataentry/check";
        }
        FormSection current = view.context().section(section)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("pageTitle", title(view.context(), messages.getMessage(current.titleKey(),
                current.titleArgs().toArray())));
        List<CheckView> checks = view.checksIn(section);
        model.addAttribute("section", current);
        model.addAttribute("checks", checks);
        model.addAttribute("marks", FieldMarks.of(current, checks));
        model.addAttribute("previous", view.context().previousSection(section).orElse(null));
        return "dataentry/entry";
    }

    @PostMapping("/invoer/{dataEntryId}/{section}")
    String save(@PathVariable long dataEntryId, @PathVariable String section, @RequestParam int version,
                @RequestParam(defaultValue = "false") boolean accepted, HttpServletRequest request, Model model) {
        TypistView before = view(dataEntryId);
        FormSection current = before.context().section(section)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> values = values(current, request);
        try {
            DataEntryContext saved = dataEntry.save(dataEntryId, version, me(), values, section);
            TypistView after = TypistView.of(saved, me()).orElseThrow();
            if (!after.checksIn(section).isEmpty() && !accepted) {
                return "redirect:/invoer/" + dataEntryId + "/" + section + "?controleren";
            }
            return "redirect:/invoer/" + dataEntryId + "/" + saved.nextSection(section);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("problems", Map.of("form", ErrorMessages.forStatus(409)));
        }
        model.addAttribute("typed", values);
        return section(dataEntryId, section, model);
    }

    @PostMapping("/invoer/{dataEntryId}/afronden")
    String finalise(@PathVariable long dataEntryId, @RequestParam int version, Model model,
                    RedirectAttributes redirect) {
        return finish(dataEntryId, model, redirect, "typing.done.finalised",
                () -> dataEntry.finalise(dataEntryId, version, me()));
    }

    @PostMapping("/invoer/{dataEntryId}/verwijderen")
    String discard(@PathVariable long dataEntryId, @RequestParam int version, Model model,
                   RedirectAttributes redirect) {
        return finish(dataEntryId, model, redirect, "typing.done.discarded",
                () -> dataEntry.discard(dataEntryId, version, me()));
    }

    private String finish(long dataEntryId, Model model, RedirectAttributes redirect, String doneKey,
                          java.util.function.Supplier<DataEntryContext> action) {
        try {
            DataEntryContext done = action.get();
            redirect.addFlashAttribute("doneKey", doneKey);
            redirect.addFlashAttribute("doneStation", done.stationNumber());
            return "redirect:/invoer/zitting/" + done.session().id();
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("problems", Map.of("form", ErrorMessages.forStatus(409)));
        }
        return section(dataEntryId, EntrySections.CHECK, model);
    }

    /** "Stembureau 3: Toegelaten kiezers", or for the CSB "Uitkomst GSB: Toegelaten kiezers". */
    private String title(DataEntryContext context, String part) {
        return context.station().isPresent()
                ? messages.getMessage("typing.entry.title", new Object[] {context.stationNumber(), part})
                : messages.getMessage("typing.entry.titleCsb", new Object[] {part});
    }

    private TypistView view(long dataEntryId) {
        DataEntryContext context = dataEntry.context(dataEntryId);
        CommitteeSession session = context.session();
        if (!session.hasTypist(me())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return TypistView.of(context, me()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The section's boxes as typed: numbers as given, yes/no from two tick boxes, tick boxes ticked or not. */
    static Map<String, String> values(FormSection section, HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormSection.FormField field : section.fields()) {
            switch (field.kind()) {
                case NUMBER -> values.put(field.name(), nullToEmpty(request.getParameter(field.name())));
                case TICK -> values.put(field.name(), Boolean.toString(request.getParameter(field.name()) != null));
                case YES_NO -> {
                    boolean yes = request.getParameter(field.name() + ".ja") != null;
                    boolean no = request.getParameter(field.name() + ".nee") != null;
                    values.put(field.name(), yes && no ? "ja en nee" : yes ? "ja" : no ? "nee" : "");
                }
            }
        }
        return values;
    }

    private static int parseNumber(String number) {
        String trimmed = number.strip();
        if (!trimmed.matches("[0-9]{1,6}")) {
            throw InvalidInput.of("number", "Typ het nummer van het stembureau, alleen cijfers.");
        }
        return Integer.parseInt(trimmed);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String me() {
        return CurrentUser.required().username();
    }
}
