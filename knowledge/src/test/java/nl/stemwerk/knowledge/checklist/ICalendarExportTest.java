package nl.stemwerk.knowledge.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.Checklist;
import org.junit.jupiter.api.Test;

/** Our small writer, checked against an independent RFC 5545 parser and validator (ical4j). */
class ICalendarExportTest {

    private static final Instant STAMP = Instant.parse("2026-01-05T08:30:00Z");
    private static final CalendarOptions TODOS = new CalendarOptions(CalendarOptions.Kind.TODO, STAMP,
            "gemeente.example.nl");
    private static final CalendarOptions EVENTS = new CalendarOptions(CalendarOptions.Kind.EVENT, STAMP,
            "gemeente.example.nl");

    private final Checklist checklist = Samples.knowledgeBase().checklist("planning-klein").orElseThrow();
    private final ChecklistPlan plan = ChecklistPlan.of(checklist, ChecklistPlanTest.SCHEDULE_GR2026);

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void theToDoExportIsValidICalendarWithOneToDoPerTaskDueOnItsDeadline() throws Exception {
        Calendar calendar = parse(ICalendarExport.write(plan, TODOS, Map.of()));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VToDo> todos = calendar.getComponents(Component.VTODO);
        assertThat(todos).hasSize(5);
        assertThat(todos.getFirst().getDue().orElseThrow().getValue()).isEqualTo("20251104");
        assertThat(todos.getFirst().getSummary().getValue()).isEqualTo("Stel het projectteam samen");
        assertThat(todos.getFirst().getDescription().getValue()).isEqualTo("Rol: projectleider\n"
                + "Deadline: kandidaatstelling-90d\nChecklist: Planning van de verkiezing in het kort\n"
                + "Onderdeel: Voorbereiding");
    }

    @Test
    void theEventExportIsValidICalendarWithAllDayEvents() throws Exception {
        Calendar calendar = parse(ICalendarExport.write(plan, EVENTS, Map.of()));

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(5);
        VEvent electionDay = events.get(2);
        assertThat(electionDay.getDateTimeStart().getValue()).isEqualTo("20260318");
        assertThat(electionDay.getDateTimeEnd().getValue()).isEqualTo("20260319");
    }

    @Test
    void uidsAreStableBetweenExportsAndUniqueWithinOne() {
        String first = ICalendarExport.write(plan, TODOS, Map.of());
        String later = ICalendarExport.write(plan, new CalendarOptions(CalendarOptions.Kind.TODO,
                STAMP.plusSeconds(86_400), "gemeente.example.nl"), Map.of());

        List<String> uids = uids(first);
        assertThat(uids).doesNotHaveDuplicates().hasSize(5).allMatch(uid -> uid.matches(
                "gr2026-planning-klein-[0-9a-f]{10}@gemeente\\.example\\.nl"));
        assertThat(uids(later)).isEqualTo(uids);
    }

    @Test
    void stateDecidesTheStatusOfAToDoAndNotApplicableTasksLeaveTheEventCalendar() {
        Map<String, TaskState> states = Map.of(
                plan.tasks().get(0).task().id(), TaskState.DONE,
                plan.tasks().get(1).task().id(), TaskState.NOT_APPLICABLE);

        String todos = ICalendarExport.write(plan, TODOS, states);
        String events = ICalendarExport.write(plan, EVENTS, states);

        assertThat(todos).contains("STATUS:COMPLETED\r\n", "STATUS:CANCELLED\r\n", "STATUS:NEEDS-ACTION\r\n");
        assertThat(events.split("BEGIN:VEVENT", -1)).hasSize(5);
    }

    @Test
    void everyLineEndsWithCrLfAndIsAtMost75Octets() {
        String ics = ICalendarExport.write(plan, TODOS, Map.of());

        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void theDtstampIsTheGivenMomentInUtc() {
        assertThat(ICalendarExport.write(plan, TODOS, Map.of())).contains("\r\nDTSTAMP:20260105T083000Z\r\n");
    }

    @Test
    void aLongDescriptionWithAccentsIsFoldedAndReadBackWhole() throws Exception {
        String longText = "Controleer of de coördinatoren, invoerders; en leden \\ van het GSB weten wat zij moeten "
                + "doen — ook bij een hertelling — en zet dit in één overzicht € " + "é".repeat(40);
        ContentLines lines = new ContentLines().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0")
                .text("PRODID", "-//Stemwerk//Test//NL").raw("BEGIN", "VTODO").raw("UID", "x@example.nl")
                .raw("DTSTAMP", "20260105T083000Z").text("SUMMARY", longText).raw("END", "VTODO")
                .raw("END", "VCALENDAR");

        Calendar calendar = parse(lines.toString());

        VToDo todo = calendar.<VToDo>getComponents(Component.VTODO).getFirst();
        assertThat(todo.getSummary().getValue()).isEqualTo(longText);
        assertThat(lines.toString()).contains("\r\n ");
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineEnds() {
        assertThat(ContentLines.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void theCalendarIsNamedAfterTheChecklistAndElection() {
        assertThat(ICalendarExport.write(plan, TODOS, Map.of()))
                .contains("X-WR-CALNAME:Planning van de verkiezing in het kort GR2026\r\n");
    }

    @Test
    void aDomainThatIsNoDomainIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CalendarOptions(CalendarOptions.Kind.TODO, STAMP,
                "gemeente nl")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> uids(String ics) {
        return Arrays.stream(ics.split("\r\n")).filter(line -> line.startsWith("UID:"))
                .map(line -> line.substring(4)).toList();
    }

}
