package nl.stemwerk.app.knowledge.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.knowledge.checklist.ElectionSchedule;
import nl.stemwerk.knowledge.checklist.ScheduleException;
import nl.stemwerk.knowledge.model.Edition;

/**
 * The anchor days as typed in a form (ISO dates). {@link #schedule()} checks them with the library and names the
 * field of every problem in Dutch.
 */
public record ScheduleForm(String edition, String nominationDay, String electionDay, String gsbSessionDay,
                           String csbSessionDay) {

    /** The form filled in from a schedule, e.g. the days taken from an election. */
    public static ScheduleForm of(ElectionSchedule schedule) {
        return new ScheduleForm(schedule.election().code(), schedule.nominationDay().toString(),
                schedule.electionDay().toString(), schedule.gsbSessionDay().toString(),
                schedule.csbSessionDay().toString());
    }

    public ElectionSchedule schedule() {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Edition election = Edition.parse(trim(edition)).orElse(null);
        if (election == null) {
            problems.add("edition", "Vul de verkiezing in als soort en jaar, bijvoorbeeld GR2026.");
        }
        LocalDate nomination = date("nominationDay", nominationDay, "de dag van kandidaatstelling", problems);
        LocalDate day = date("electionDay", electionDay, "de verkiezingsdag", problems);
        LocalDate gsb = date("gsbSessionDay", gsbSessionDay, "de zitting van het GSB", problems);
        LocalDate csb = date("csbSessionDay", csbSessionDay, "de zitting van het CSB", problems);
        problems.throwIfAny();
        try {
            return new ElectionSchedule(election, nomination, day, gsb, csb);
        } catch (ScheduleException e) {
            throw InvalidInput.of(switch (e.code()) {
                case NOMINATION_NOT_BEFORE_ELECTION -> "nominationDay";
                case ELECTION_DAY_NOT_IN_YEAR -> "electionDay";
                case GSB_SESSION_BEFORE_ELECTION_DAY -> "gsbSessionDay";
                case CSB_SESSION_BEFORE_GSB_SESSION -> "csbSessionDay";
            }, e.getMessage());
        }
    }

    private static LocalDate date(String field, String text, String what, InvalidInput.Collector problems) {
        String value = trim(text);
        try {
            if (!value.isEmpty()) {
                return LocalDate.parse(value);
            }
            problems.add(field, "Vul de datum van " + what + " in, bijvoorbeeld 2026-03-18.");
        } catch (DateTimeParseException e) {
            problems.add(field, "De datum '" + value + "' voor " + what + " klopt niet. Gebruik jjjj-mm-dd, bijvoorbeeld"
                    + " 2026-03-18.");
        }
        return null;
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
