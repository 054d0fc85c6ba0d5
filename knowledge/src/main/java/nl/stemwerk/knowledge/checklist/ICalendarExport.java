package nl.stemwerk.knowledge.checklist;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.knowledge.model.ChecklistTask;

/**
 * Writes a checklist plan as an iCalendar file (RFC 5545) with one entry per task on its deadline day. There is
 * no METHOD property: the file is a calendar to import, not an iTIP message (RFC 5546), which would need an
 * ORGANIZER.
 * UIDs are made from the election, the checklist and the task's stable id, so importing a newer export updates
 * the same entries instead of adding copies. Tasks that do not apply are cancelled (to-dos) or left out (events).
 */
public final class ICalendarExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarExport() {
    }

    /**
     * @param states the state per task id; a task that is not in the map is open
     */
    public static String write(ChecklistPlan plan, CalendarOptions options, Map<String, TaskState> states) {
        ContentLines lines = new ContentLines()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .text("PRODID", "-//Stemwerk//Kennisbank//NL")
                .raw("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", plan.checklist().title() + " " + plan.schedule().election());
        for (ScheduledTask task : plan.tasks()) {
            TaskState state = ChecklistPlan.stateOf(task, states);
            if (options.kind() == CalendarOptions.Kind.EVENT && state == TaskState.NOT_APPLICABLE) {
                continue;
            }
            entry(lines, plan, task, state, options);
        }
        return lines.raw("END", "VCALENDAR").toString();
    }

    private static void entry(ContentLines lines, ChecklistPlan plan, ScheduledTask scheduled, TaskState state,
                              CalendarOptions options) {
        ChecklistTask task = scheduled.task();
        String component = options.kind() == CalendarOptions.Kind.TODO ? "VTODO" : "VEVENT";
        lines.raw("BEGIN", component)
                .raw("UID", uid(plan, task, options.uidDomain()))
                .raw("DTSTAMP", STAMP.format(options.stamp()))
                .text("SUMMARY", task.text())
                .text("DESCRIPTION", description(plan, task))
                .text("CATEGORIES", task.role().label());
        if (options.kind() == CalendarOptions.Kind.TODO) {
            lines.raw("DUE;VALUE=DATE", date(scheduled.due()))
                    .raw("STATUS", switch (state) {
                        case OPEN -> "NEEDS-ACTION";
                        case DONE -> "COMPLETED";
                        case NOT_APPLICABLE -> "CANCELLED";
                    });
        } else {
            lines.raw("DTSTART;VALUE=DATE", date(scheduled.due()))
                    .raw("DTEND;VALUE=DATE", date(scheduled.due().plusDays(1)))
                    .raw("TRANSP", "TRANSPARENT");
        }
        lines.raw("END", component);
    }

    private static String uid(ChecklistPlan plan, ChecklistTask task, String domain) {
        return (plan.schedule().election().code() + "-" + task.id().replace('/', '-')).toLowerCase(Locale.ROOT)
                + "@" + domain;
    }

    private static String description(ChecklistPlan plan, ChecklistTask task) {
        StringBuilder text = new StringBuilder()
                .append("Rol: ").append(task.role().label()).append('\n')
                .append("Deadline: ").append(task.deadline()).append('\n')
                .append("Checklist: ").append(plan.checklist().title());
        if (!task.section().isEmpty()) {
            text.append('\n').append("Onderdeel: ").append(task.section());
        }
        return text.toString();
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
