package nl.stemwerk.turnout.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.internal.text.Dutch;

/**
 * Detects called-voter figures per station that do not describe real polling districts. The rules:
 * <ul>
 *   <li>{@link CalledVotersIssue#ONLY_MUNICIPAL_TOTAL}: every election-day station has 0 and the total is
 *       above 0;</li>
 *   <li>{@link CalledVotersIssue#EVEN_SPLIT}: at least three election-day stations, and all but at most
 *       max(1, n/10) of the n stations hold ⌊T/n⌋ or ⌊T/n⌋+1, where T is their sum. Natural districts never
 *       come that close to each other; a remainder put on one station (Nijmegen's town hall) is allowed;</li>
 *   <li>{@link CalledVotersIssue#ADMITTED_ABOVE_CALLED}: an election-day station admitted more voters than
 *       were called to it, which a closed district cannot do;</li>
 *   <li>{@link CalledVotersIssue#STATION_WITHOUT_CALLED_VOTERS}: 0 at some election-day stations only;</li>
 *   <li>{@link CalledVotersIssue#EARLY_VOTING_COLUMNS}: early-voting columns, which never have a district.</li>
 * </ul>
 * The first two make every per-station ratio meaningless; the others only the stations named.
 */
public final class CalledVotersCheck {
    private static final int MIN_STATIONS_FOR_SPLIT = 3;

    private CalledVotersCheck() {
    }

    public static CalledVotersAssessment assess(ElectionCount count) {
        List<StationCount> electionDay = count.electionDayStations();
        List<CalledVotersFinding> findings = new ArrayList<>();
        long sum = electionDay.stream().mapToLong(StationCount::calledVoters).sum();
        boolean usable = true;
        if (count.calledVotersTotal() == 0) {
            usable = false;
            findings.add(new CalledVotersFinding(CalledVotersIssue.NO_MUNICIPAL_TOTAL, List.of(),
                    "Het bestand noemt geen aantal opgeroepen kiezers, ook niet voor de hele gemeente. "
                            + "Zonder dat aantal kunnen we geen opkomst berekenen."));
        } else if (sum == 0 && !electionDay.isEmpty()) {
            usable = false;
            findings.add(new CalledVotersFinding(CalledVotersIssue.ONLY_MUNICIPAL_TOTAL, List.of(),
                    "Bij geen enkel stembureau staat een aantal opgeroepen kiezers. Alleen het totaal van de "
                            + "gemeente is bekend (" + Dutch.number(count.calledVotersTotal()) + "). Daarom is er "
                            + "geen opkomst per stembureau, alleen voor de hele gemeente."));
        } else if (isEvenSplit(electionDay, sum)) {
            usable = false;
            long share = sum / electionDay.size();
            findings.add(new CalledVotersFinding(CalledVotersIssue.EVEN_SPLIT, List.of(),
                    "Het totaal van " + Dutch.number(sum) + " opgeroepen kiezers is gelijk verdeeld over de "
                            + electionDay.size() + " stembureaus (bijna overal " + Dutch.number(share) + "). "
                            + "Dat zijn geen echte aantallen per stemdistrict. Een opkomst per stembureau zegt "
                            + "dan niets; alleen de opkomst van de hele gemeente klopt."));
        }
        if (usable) {
            addZeroStations(electionDay, findings);
            addAboveCalled(electionDay, findings);
        }
        addEarlyColumns(count.earlyVotingStations(), findings);
        return new CalledVotersAssessment(usable, findings);
    }

    static boolean isEvenSplit(List<StationCount> electionDay, long sum) {
        int n = electionDay.size();
        if (n < MIN_STATIONS_FOR_SPLIT || sum == 0) {
            return false;
        }
        long share = sum / n;
        long matching = electionDay.stream()
                .filter(s -> s.calledVoters() == share || s.calledVoters() == share + 1)
                .count();
        long allowedOthers = Math.max(1, n / 10);
        return matching >= n - allowedOthers && matching >= MIN_STATIONS_FOR_SPLIT;
    }

    private static void addZeroStations(List<StationCount> electionDay, List<CalledVotersFinding> findings) {
        List<Integer> zero = electionDay.stream().filter(s -> s.calledVoters() == 0)
                .map(StationCount::number).toList();
        if (!zero.isEmpty()) {
            findings.add(new CalledVotersFinding(CalledVotersIssue.STATION_WITHOUT_CALLED_VOTERS, zero,
                    "Bij stembureau " + Dutch.list(zero) + " staan geen opgeroepen kiezers. Daar is geen "
                            + "opkomst te berekenen."));
        }
    }

    private static void addAboveCalled(List<StationCount> electionDay, List<CalledVotersFinding> findings) {
        for (StationCount station : electionDay) {
            long called = station.calledVoters();
            if (called > 0 && station.admittedVoters() > called) {
                findings.add(new CalledVotersFinding(CalledVotersIssue.ADMITTED_ABOVE_CALLED,
                        List.of(station.number()), "Bij stembureau " + station.number() + " (" + station.name()
                        + ") stemden " + Dutch.number(station.admittedVoters()) + " kiezers, terwijl er "
                        + Dutch.number(called) + " waren opgeroepen: " + times(station.admittedVoters(), called)
                        + ". Dat kan alleen doordat kiezers van elders hier stemden. Een opkomst per stembureau "
                        + "is hier dus niet te berekenen."));
            }
        }
    }

    private static String times(long admitted, long called) {
        BigDecimal factor = BigDecimal.valueOf(admitted).divide(BigDecimal.valueOf(called), 1, RoundingMode.HALF_UP);
        if (factor.compareTo(BigDecimal.valueOf(2)) >= 0) {
            return Dutch.decimal(factor, 1) + " keer zoveel";
        }
        return new Ratio(admitted, called).dutchPercent();
    }

    private static void addEarlyColumns(List<StationCount> early, List<CalledVotersFinding> findings) {
        if (early.isEmpty()) {
            return;
        }
        List<Integer> numbers = early.stream().map(StationCount::number).toList();
        long voters = early.stream().mapToLong(StationCount::admittedVoters).sum();
        findings.add(new CalledVotersFinding(CalledVotersIssue.EARLY_VOTING_COLUMNS, numbers,
                early.size() + " kolommen zijn vervroegd stemmen, met samen " + Dutch.number(voters)
                        + " kiezers. Voor die dagen is niemand apart opgeroepen. Deze kiezers tellen mee in de "
                        + "opkomst van de gemeente, maar horen bij geen enkel stemdistrict."));
    }
}
