package nl.stemwerk.turnout.count.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stemwerk.turnout.count.VotingDay;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.problem.ReadNoteCode;

/**
 * Decides for each column of a count file whether it is election day or an early-voting day. Count files
 * have no field for this, so the rule reads what municipalities actually write, in this order:
 * <ol>
 *   <li>a date in the name, "(16-03-2022)" or "(vervroegd 14-03-22)": before election day means early;</li>
 *   <li>a weekday in the name, "(maandag)": the last such day before election day;</li>
 *   <li>the word "vervroegd" without a date: early, day unknown;</li>
 *   <li>no called voters while other columns have them, and a number above every column that has them
 *       (Nijmegen 101–290 after 1–90, West Maas en Waal 116–121 after 1–11): early, day unknown;</li>
 *   <li>otherwise election day.</li>
 * </ol>
 * Early voting on the two days before election day was allowed by the Tijdelijke wet verkiezingen covid-19
 * for the 2021 and 2022 elections.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0044317/2021-10-09">Tijdelijke wet verkiezingen covid-19,
 *      version in force 9 October 2021 – 30 June 2022</a>
 */
public final class VotingDayRule {
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{2,4})");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "maandag", DayOfWeek.MONDAY, "dinsdag", DayOfWeek.TUESDAY, "woensdag", DayOfWeek.WEDNESDAY,
            "donderdag", DayOfWeek.THURSDAY, "vrijdag", DayOfWeek.FRIDAY, "zaterdag", DayOfWeek.SATURDAY,
            "zondag", DayOfWeek.SUNDAY);

    private final LocalDate electionDate;
    private final List<Integer> numbers;
    private final List<Long> calledVoters;
    private final int highestNumberWithCalledVoters;
    private final TreeSet<Integer> earlyNumbers = new TreeSet<>();

    public VotingDayRule(LocalDate electionDate, List<Integer> numbers, List<Long> calledVoters) {
        this.electionDate = electionDate;
        this.numbers = List.copyOf(numbers);
        this.calledVoters = List.copyOf(calledVoters);
        int highest = 0;
        for (int i = 0; i < numbers.size(); i++) {
            if (calledVoters.get(i) > 0) {
                highest = Math.max(highest, numbers.get(i));
            }
        }
        this.highestNumberWithCalledVoters = highest;
    }

    /** The day of column {@code i} with name {@code name}. */
    public VotingDay dayOf(int i, String name) {
        VotingDay day = decide(i, name.toLowerCase(Locale.ROOT));
        if (day.early()) {
            earlyNumbers.add(numbers.get(i));
        }
        return day;
    }

    private VotingDay decide(int i, String name) {
        Optional<LocalDate> named = dateIn(name);
        if (named.isPresent()) {
            return named.get().isBefore(electionDate) ? VotingDay.earlyOn(named.get())
                    : VotingDay.electionDay(electionDate);
        }
        for (var weekday : WEEKDAYS.entrySet()) {
            if (name.contains("(" + weekday.getKey() + ")") && weekday.getValue() != electionDate.getDayOfWeek()) {
                return VotingDay.earlyOn(electionDate.with(TemporalAdjusters.previous(weekday.getValue())));
            }
        }
        if (name.contains("vervroegd")) {
            return VotingDay.earlyOnUnknownDay();
        }
        boolean othersHaveCalledVoters = highestNumberWithCalledVoters > 0;
        if (othersHaveCalledVoters && calledVoters.get(i) == 0 && numbers.get(i) > highestNumberWithCalledVoters) {
            return VotingDay.earlyOnUnknownDay();
        }
        return VotingDay.electionDay(electionDate);
    }

    private static Optional<LocalDate> dateIn(String name) {
        Matcher matcher = DATE.matcher(name);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String year = matcher.group(3).length() == 2 ? "20" + matcher.group(3) : matcher.group(3);
        try {
            return Optional.of(LocalDate.parse(matcher.group(1) + "-" + matcher.group(2) + "-" + year,
                    DateTimeFormatter.ofPattern("d-M-yyyy")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A note listing the early-voting columns, when there are any. Call after every {@link #dayOf}. */
    public Optional<ReadNote> note(String source) {
        if (earlyNumbers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadNote(ReadNoteCode.EARLY_VOTING_COLUMNS, earlyNumbers.size()
                + " kolommen in " + source + " zijn vervroegd stemmen (stembureaus " + earlyNumbers.first()
                + " tot en met " + earlyNumbers.last() + "). Die tellen mee in de opkomst van de gemeente, "
                + "maar niet als stembureau op de verkiezingsdag."));
    }
}
