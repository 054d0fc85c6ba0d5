package nl.stemwerk.app.knowledge.checklist;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.search.RecentlyViewed;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.users.UserSummary;
import nl.stemwerk.knowledge.checklist.CalendarOptions;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.TaskLines;
import nl.stemwerk.app.knowledge.PageMarkdown;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checklists: the templates in the content, their instances per election ("takenlijsten") with tasks to assign and
 * tick off, what is late, and the iCalendar download.
 */
@Controller
class ChecklistController {
    private static final String LISTS = "/kennisbank/takenlijsten";

    private final ChecklistService checklists;
    private final ElectionService elections;
    private final RecentlyViewed recent;

    ChecklistController(ChecklistService checklists, ElectionService elections, RecentlyViewed recent) {
        this.checklists = checklists;
        this.elections = elections;
        this.recent = recent;
    }

    @GetMapping("/kennisbank/checklists")
    String overview(Model model) {
        model.addAttribute("templates", checklists.templates());
        model.addAttribute("instances", checklists.instances());
        model.addAttribute("titles", checklists.templateTitles());
        model.addAttribute("planner", KnowledgeRoles.isExpert(CurrentUser.get().orElse(null)));
        return "knowledge/checklists";
    }

    @GetMapping("/kennisbank/checklists/{id}")
    String template(@PathVariable String id, Model model) {
        Checklist checklist = checklists.template(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("checklist", checklist);
        model.addAttribute("bodyHtml", PageMarkdown.toHtml(
                TaskLines.withoutAnnotations(checklist.body())));
        model.addAttribute("instances", checklists.instances().stream()
                .filter(i -> i.checklistId().equals(id)).toList());
        model.addAttribute("planner", KnowledgeRoles.isExpert(CurrentUser.get().orElse(null)));
        model.addAttribute("editable", KnowledgeRoles.isEditor(CurrentUser.get().orElse(null)));
        CurrentUser.get().ifPresent(user -> recent.record(user.id(), DocumentKind.CHECKLIST, id));
        return "knowledge/checklist-template";
    }

    @GetMapping(LISTS + "/nieuw")
    @PreAuthorize(KnowledgeRoles.EXPERT)
    String startForm(@RequestParam(name = "checklist", defaultValue = "") String checklistId,
                     @RequestParam(name = "verkiezing", required = false) Long electionId, Model model) {
        ScheduleForm days = new ScheduleForm("", "", "", "", "");
        if (electionId != null) {
            try {
                days = checklists.proposeFrom(electionId);
            } catch (InvalidInput e) {
                model.addAttribute("problems", e.fieldMessages());
            }
        }
        return startPage(model, checklistId, electionId, days);
    }

    @PostMapping(LISTS + "/nieuw")
    @PreAuthorize(KnowledgeRoles.EXPERT)
    String start(@RequestParam(name = "checklist", defaultValue = "") String checklistId,
                 @RequestParam(name = "verkiezing", required = false) Long electionId, ScheduleForm days, Model model) {
        return Forms.submit(model, () -> "redirect:" + LISTS + "/" + checklists.start(checklistId, electionId, days),
                () -> startPage(model, checklistId, electionId, days));
    }

    private String startPage(Model model, String checklistId, Long electionId, ScheduleForm days) {
        model.addAttribute("templates", checklists.templates());
        model.addAttribute("elections", elections.list());
        model.addAttribute("checklistId", checklistId);
        model.addAttribute("electionId", electionId);
        model.addAttribute("days", days);
        return "knowledge/checklist-start";
    }

    @GetMapping(LISTS + "/{id}")
    String instance(@PathVariable long id, Model model) {
        ChecklistService.InstanceView view = checklists.instance(id).map(i -> checklists.view(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", view);
        model.addAttribute("days", ScheduleForm.of(view.instance().schedule()));
        model.addAttribute("team", checklists.teamMembers());
        model.addAttribute("names", checklists.teamMembers().stream()
                .collect(Collectors.toMap(UserSummary::username, UserSummary::displayName)));
        model.addAttribute("planner", KnowledgeRoles.isExpert(CurrentUser.get().orElse(null)));
        model.addAttribute("member", KnowledgeRoles.isTeamMember(CurrentUser.get().orElse(null)));
        return "knowledge/checklist-instance";
    }

    @PostMapping(LISTS + "/{id}/taak")
    @PreAuthorize(KnowledgeRoles.TEAM)
    String task(@PathVariable long id, @RequestParam String task, @RequestParam int version,
                @RequestParam String action, Model model) {
        return Forms.submit(model, () -> {
            switch (action) {
                case "complete" -> checklists.complete(id, task, version);
                case "reopen" -> checklists.reopen(id, task, version);
                case "notApplicable" -> checklists.markNotApplicable(id, task, version);
                default -> throw InvalidInput.of("task", "Onbekende actie: " + action + ".");
            }
            return "redirect:" + LISTS + "/" + id + "#taak-" + ChecklistService.anchor(task);
        }, () -> instance(id, model));
    }

    @PostMapping(LISTS + "/{id}/toewijzen")
    @PreAuthorize(KnowledgeRoles.EXPERT)
    String assign(@PathVariable long id, @RequestParam String task, @RequestParam int version,
                  @RequestParam(defaultValue = "") String assignee, Model model) {
        return Forms.submit(model, () -> {
            checklists.assign(id, task, version, assignee);
            return "redirect:" + LISTS + "/" + id + "#taak-" + ChecklistService.anchor(task);
        }, () -> instance(id, model));
    }

    @PostMapping(LISTS + "/{id}/datums")
    @PreAuthorize(KnowledgeRoles.EXPERT)
    String changeDays(@PathVariable long id, @RequestParam int version, ScheduleForm days, Model model) {
        return Forms.submit(model, () -> {
            checklists.changeSchedule(id, version, days);
            return "redirect:" + LISTS + "/" + id + "?opgeslagen";
        }, () -> instance(id, model));
    }

    @GetMapping(LISTS + "/{id}/agenda.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id, @RequestParam(name = "soort", defaultValue = "taken")
                                    String kind) {
        if (checklists.instance(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CalendarOptions.Kind entries = "afspraken".equals(kind) ? CalendarOptions.Kind.EVENT : CalendarOptions.Kind.TODO;
        String text = checklists.calendar(id, entries);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("takenlijst-" + id + ".ics").build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/kennisbank/te-laat")
    String late(Model model) {
        model.addAttribute("late", checklists.late());
        model.addAttribute("mine", CurrentUser.get().map(StemwerkUser::username).orElse(""));
        return "knowledge/late";
    }
}
