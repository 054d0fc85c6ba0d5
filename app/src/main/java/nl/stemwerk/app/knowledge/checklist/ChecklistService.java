package nl.stemwerk.app.knowledge.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.knowledge.KnowledgeTime;
import nl.stemwerk.app.knowledge.PublicAddress;
import nl.stemwerk.app.knowledge.content.KnowledgeContent;
import nl.stemwerk.app.knowledge.notify.NotificationKind;
import nl.stemwerk.app.knowledge.notify.NotificationService;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.users.UserService;
import nl.stemwerk.app.users.UserSummary;
import nl.stemwerk.knowledge.checklist.CalendarOptions;
import nl.stemwerk.knowledge.checklist.ChecklistPlan;
import nl.stemwerk.knowledge.checklist.ElectionSchedule;
import nl.stemwerk.knowledge.checklist.ICalendarExport;
import nl.stemwerk.knowledge.checklist.ScheduledTask;
import nl.stemwerk.knowledge.checklist.TaskState;
import nl.stemwerk.knowledge.checklist.TaskTransitionException;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ChecklistTask;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklists per election: the anchor days (taken from an election in Stemwerk or entered by hand), every task with
 * its real deadline, who does it, who ticked it off and when (each change a new row, audited), what is late, and
 * the iCalendar export. The deadline rules are the library's ({@link ChecklistPlan}).
 */
@Service
public class ChecklistService {
    private final ChecklistRepository checklists;
    private final KnowledgeContent content;
    private final ElectionService elections;
    private final CommitteeSessionService sessions;
    private final MunicipalityService municipalities;
    private final UserService users;
    private final NotificationService notifications;
    private final ChangeService changes;
    private final Clock clock;

    ChecklistService(ChecklistRepository checklists, KnowledgeContent content, ElectionService elections,
                     CommitteeSessionService sessions, MunicipalityService municipalities, UserService users,
                     NotificationService notifications, ChangeService changes, Clock clock) {
        this.checklists = checklists;
        this.content = content;
        this.elections = elections;
        this.sessions = sessions;
        this.municipalities = municipalities;
        this.users = users;
        this.notifications = notifications;
        this.changes = changes;
        this.clock = clock;
    }

    /** A task with its deadline for this election and where it stands. */
    public record TaskView(ScheduledTask scheduled, TaskStatus status, boolean late) {
        public ChecklistTask task() {
            return scheduled.task();
        }

        /** The task's id as an HTML id. */
        public String anchor() {
            return ChecklistService.anchor(task().id());
        }
    }

    /** A checklist instance with its plan; {@code template} is empty when the checklist was removed since. */
    public record InstanceView(ChecklistInstance instance, Optional<Checklist> template, List<TaskView> tasks) {
        public long done() {
            return tasks.stream().filter(t -> t.status().state() == TaskState.DONE).count();
        }

        public long late() {
            return tasks.stream().filter(TaskView::late).count();
        }
    }

    /** A late task of some instance. */
    public record LateTask(ChecklistInstance instance, String checklistTitle, TaskView task) {
    }

    public List<ChecklistInstance> instances() {
        return checklists.all();
    }

    public Optional<ChecklistInstance> instance(long id) {
        return checklists.find(id);
    }

    /** The checklist templates in the content, by title. */
    public List<Checklist> templates() {
        return content.snapshot().knowledgeBase().checklists().stream()
                .sorted(Comparator.comparing(Checklist::title)).toList();
    }

    /** The title of every checklist template, by id. */
    public Map<String, String> templateTitles() {
        return content.snapshot().knowledgeBase().checklists().stream()
                .collect(Collectors.toMap(Checklist::id, Checklist::title));
    }

    public Optional<Checklist> template(String checklistId) {
        return content.snapshot().knowledgeBase().checklist(checklistId);
    }

    public boolean templateInUse(String checklistId) {
        return checklists.usesTemplate(checklistId);
    }

    /**
     * The anchor days of an election in Stemwerk: its election day and nomination day, and the dates of its latest
     * GSB and CSB sessions (empty when not set yet). Without a nomination day the regular one is used: the 44th day
     * before election day (Kieswet art. J 1).
     */
    public ScheduleForm proposeFrom(long electionId) {
        StoredElection stored = elections.get(electionId);
        var election = stored.election();
        ElectionType type = ElectionType.fromCode(election.category().emlCode()).orElseThrow(() -> InvalidInput.of(
                "election", "Voor dit soort verkiezing zijn er geen checklists."));
        LocalDate day = election.electionDate();
        LocalDate nomination = Optional.ofNullable(election.nominationDate())
                .orElse(day.minusDays(ElectionSchedule.DAYS_FROM_NOMINATION_TO_ELECTION));
        return new ScheduleForm(new Edition(type, day.getYear()).code(), nomination.toString(), day.toString(),
                sessionDay(electionId, Committee.GSB), sessionDay(electionId, Committee.CSB));
    }

    /** Starts a checklist for an election; {@code electionId} is the election the days came from, or null. */
    @Transactional
    public long start(String checklistId, Long electionId, ScheduleForm days) {
        Checklist template = template(checklistId).orElseThrow(() -> InvalidInput.of("checklist",
                "Kies een checklist uit de kennisbank."));
        ElectionSchedule schedule = days.schedule();
        if (electionId != null) {
            String expected = proposeFrom(electionId).edition();
            if (!expected.equals(schedule.election().code())) {
                throw InvalidInput.of("edition", "De gekozen verkiezing is " + expected + ", niet "
                        + schedule.election() + ".");
            }
        }
        if (checklists.exists(checklistId, schedule.election())) {
            throw InvalidInput.of("checklist", "De checklist '" + template.title() + "' loopt al voor "
                    + schedule.election() + ".");
        }
        String actor = ChangeService.currentActor();
        long id = checklists.insertInstance(checklistId, schedule.election(), electionId, actor);
        changes.apply(new Change("takenlijst.gestart", "takenlijst:" + id, scheduleDetails(checklistId, schedule)),
                () -> checklists.insertSchedule(id, 1, schedule, actor));
        return id;
    }

    /** New anchor days, for example when the session dates are known; every deadline moves with them. */
    public void changeSchedule(long id, int version, ScheduleForm days) {
        ChecklistInstance instance = existing(id);
        if (instance.scheduleVersion() != version) {
            throw new OptimisticLockingFailureException("schedule of " + id + " is no longer at version " + version);
        }
        ElectionSchedule schedule = days.schedule();
        if (!schedule.election().equals(instance.schedule().election())) {
            throw InvalidInput.of("edition", "De verkiezing van een takenlijst kan niet veranderen.");
        }
        changes.apply(new Change("takenlijst.datums-gewijzigd", "takenlijst:" + id,
                scheduleDetails(instance.checklistId(), schedule)),
                () -> checklists.insertSchedule(id, version + 1, schedule, ChangeService.currentActor()));
    }

    public InstanceView view(long id) {
        return view(existing(id), KnowledgeTime.today(clock));
    }

    public TaskStatus complete(long id, String taskId, int version) {
        return change(id, taskId, version, "takenlijst.taak-afgevinkt", s -> withState(s, s.state().complete()));
    }

    public TaskStatus reopen(long id, String taskId, int version) {
        return change(id, taskId, version, "takenlijst.taak-heropend", s -> withState(s, s.state().reopen()));
    }

    public TaskStatus markNotApplicable(long id, String taskId, int version) {
        return change(id, taskId, version, "takenlijst.taak-niet-van-toepassing",
                s -> withState(s, s.state().markNotApplicable()));
    }

    /** Gives a task to a team member (an enabled account), or to nobody with an empty user name. */
    public TaskStatus assign(long id, String taskId, int version, String username) {
        String assignee = username == null || username.isBlank() ? null : username.trim();
        if (assignee != null && users.list().stream().noneMatch(u -> u.enabled() && u.username().equals(assignee))) {
            throw InvalidInput.of("assignee", "Kies een teamlid met een actief account.");
        }
        return change(id, taskId, version, "takenlijst.taak-toegewezen",
                s -> new TaskStatus(s.taskId(), s.version() + 1, s.state(), assignee, null, null));
    }

    /** The open tasks whose deadline has passed, of every checklist instance. */
    public List<LateTask> late() {
        LocalDate today = KnowledgeTime.today(clock);
        List<LateTask> late = new ArrayList<>();
        for (ChecklistInstance instance : checklists.all()) {
            InstanceView view = view(instance, today);
            String title = view.template().map(Checklist::title).orElse(instance.checklistId());
            view.tasks().stream().filter(TaskView::late).forEach(t -> late.add(new LateTask(instance, title, t)));
        }
        return late;
    }

    /** The instance as an iCalendar file: to-dos, or all-day events for calendars that ignore to-dos. */
    public String calendar(long id, CalendarOptions.Kind kind) {
        ChecklistInstance instance = existing(id);
        Checklist template = template(instance.checklistId()).orElseThrow(() -> InvalidInput.of("checklist",
                "De checklist van deze takenlijst staat niet meer in de kennisbank."));
        Map<String, TaskState> states = checklists.statuses(id).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state()));
        return ICalendarExport.write(ChecklistPlan.of(template, instance.schedule()),
                new CalendarOptions(kind, clock.instant(), uidDomain()), states);
    }

    /** The election day of every checklist instance. */
    public List<LocalDate> electionDays() {
        return checklists.electionDays();
    }

    public List<UserSummary> teamMembers() {
        return users.list().stream().filter(UserSummary::enabled).toList();
    }

    private InstanceView view(ChecklistInstance instance, LocalDate today) {
        Optional<Checklist> template = template(instance.checklistId());
        Map<String, TaskStatus> statuses = checklists.statuses(instance.id());
        List<TaskView> tasks = template.map(t -> ChecklistPlan.of(t, instance.schedule()).tasks().stream()
                .map(task -> {
                    TaskStatus status = statuses.getOrDefault(task.task().id(), TaskStatus.untouched(task.task().id()));
                    return new TaskView(task, status, task.isLateOn(today, status.state()));
                }).toList()).orElse(List.of());
        return new InstanceView(instance, template, tasks);
    }

    private TaskStatus change(long id, String taskId, int version, String action, UnaryOperator<TaskStatus> next) {
        InstanceView view = view(id);
        TaskView task = view.tasks().stream().filter(t -> t.task().id().equals(taskId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("task", "Deze taak staat niet (meer) in de checklist."));
        if (task.status().version() != version) {
            throw new OptimisticLockingFailureException("task " + taskId + " is no longer at version " + version);
        }
        TaskStatus changed;
        try {
            changed = next.apply(task.status());
        } catch (TaskTransitionException e) {
            throw InvalidInput.of("task", e.getMessage());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taak", taskId);
        details.put("tekst", task.task().text());
        details.put("status", changed.state().name());
        details.put("toegewezenAan", changed.assignee() == null ? "" : changed.assignee());
        details.put("versie", changed.version());
        String actor = ChangeService.currentActor();
        TaskStatus stored = new TaskStatus(taskId, changed.version(), changed.state(), changed.assignee(), actor, null);
        changes.apply(new Change(action, "takenlijst:" + id, details), () -> {
            checklists.insertTaskEvent(id, stored);
            if (changed.assignee() != null && !changed.assignee().equals(task.status().assignee())
                    && !changed.assignee().equals(actor)) {
                String link = "/kennisbank/takenlijsten/" + id + "#taak-" + anchor(taskId);
                notifications.notifyUser(changed.assignee(), new NotificationService.Message(NotificationKind.TASK,
                        "Taak voor u: " + task.task().text(), link, "U hebt een taak gekregen in de checklist '"
                        + view.template().map(Checklist::title).orElse("") + "':\n\n" + task.task().text()
                        + "\n\nDeadline: " + task.scheduled().due() + "\n\nBekijk de taak: " + PublicAddress.of(link)));
            }
        });
        return checklists.statuses(id).get(taskId);
    }

    /** The task id as an HTML id: letters, digits and hyphens. */
    public static String anchor(String taskId) {
        return taskId.replaceAll("[^a-z0-9-]", "-");
    }

    private static TaskStatus withState(TaskStatus s, TaskState state) {
        return new TaskStatus(s.taskId(), s.version() + 1, state, s.assignee(), null, null);
    }

    private ChecklistInstance existing(long id) {
        return checklists.find(id).orElseThrow(() -> InvalidInput.of("instance", "Deze takenlijst bestaat niet."));
    }

    private String sessionDay(long electionId, Committee committee) {
        try {
            CommitteeSession session = sessions.latest(electionId, committee);
            return session.date() == null ? "" : session.date().toString();
        } catch (InvalidInput noSession) {
            return "";
        }
    }

    /** UIDs in the calendar file need a domain; Stemwerk has none of its own, so one is made from the CBS code. */
    private String uidDomain() {
        return municipalities.home().map(m -> m.cbsCode().toLowerCase(Locale.ROOT) + ".stemwerk.invalid")
                .orElse("stemwerk.invalid");
    }

    private static Map<String, Object> scheduleDetails(String checklistId, ElectionSchedule schedule) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("checklist", checklistId);
        details.put("verkiezing", schedule.election().code());
        details.put("kandidaatstelling", schedule.nominationDay().toString());
        details.put("verkiezingsdag", schedule.electionDay().toString());
        details.put("zittingGsb", schedule.gsbSessionDay().toString());
        details.put("zittingCsb", schedule.csbSessionDay().toString());
        return details;
    }
}
