package nl.stemwerk.turnout.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.turnout.count.internal.VotingDayRule;
import nl.stemwerk.turnout.problem.ReadNote;

/**
 * Which columns of a count are early voting, for callers that build a count themselves from a format without a
 * field for it, such as an EML 510b read by the {@code eml} module. The rule is the one {@link Osv43CsvReader}
 * applies (a date or weekday in the name, the word "vervroegd", or no called voters on a number above every
 * station that has them), so that both routes classify the same columns alike.
 *
 * @param days one per station, in the order given
 * @param note the note listing the early-voting columns, when there are any
 */
public record VotingDays(List<VotingDay> days, Optional<ReadNote> note) {
    public VotingDays {
        days = List.copyOf(days);
    }

    /**
     * @param source       the file name, for the note
     * @param electionDate election day
     * @param stations     the columns, with their reported called voters
     */
    public static VotingDays of(String source, LocalDate electionDate, List<PollingStation> stations) {
        VotingDayRule rule = new VotingDayRule(electionDate, stations.stream().map(PollingStation::number).toList(),
                stations.stream().map(s -> s.numberOfVoters().orElse(0)).toList());
        List<VotingDay> days = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            days.add(rule.dayOf(i, stations.get(i).name()));
        }
        return new VotingDays(days, rule.note(source));
    }
}
