package nl.stemwerk.kieswet.apportionment.internal;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.apportionment.AllocationStep;
import nl.stemwerk.kieswet.apportionment.DrawingOfLots;
import nl.stemwerk.kieswet.apportionment.ResidualSeatMethod;
import nl.stemwerk.kieswet.law.Article;

/**
 * A list with more than half of the valid votes that got no more than half of the seats gets one more seat; the
 * list that won a seat with the smallest remainder or average (the last residual seat) loses it. When several
 * lists won a seat with that same value, the lot decides which one gives it up. Exactly half of the votes is not
 * a majority.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2_ArtikelP9">Kieswet art. P 9</a>
 */
@Article("P 9")
final class AbsoluteMajority {
    private AbsoluteMajority() {
    }

    static void apply(AllocationState state) {
        int majority = majorityList(state);
        if (majority < 0 || 2L * state.totalSeats(majority) > state.seats || state.awards.isEmpty()) {
            return;
        }
        List<AllocationState.Award> lastRun = lastRun(state);
        List<Integer> options = new ArrayList<>();
        for (AllocationState.Award award : lastRun) {
            if (award.list() != majority && !options.contains(award.list())) {
                options.add(award.list());
            }
        }
        if (options.isEmpty()) {
            // The Kiesraad's "Determination of the Election Results" (2.4.6) proves the last residual seat never
            // goes to the majority list while it lacks a majority of the seats.
            throw new IllegalStateException("Art. P 9: de laatste restzetel ging naar de meerderheidslijst zelf");
        }
        boolean byLot = options.size() > 1;
        int from = options.get(0);
        if (byLot) {
            int chosen = state.lots.chosenFor(new DrawingOfLots.AbsoluteMajorityTie(state.numbers[majority],
                    lastRun.get(0).value(), state.listNumbers(options)));
            from = state.indexOf(chosen);
        }
        ResidualSeatMethod lostMethod = lastRun.get(0).method();
        state.residualSeats[from]--;
        if (lostMethod == ResidualSeatMethod.LARGEST_REMAINDER) {
            state.largestRemainderSeats[from]--;
        } else if (lostMethod == ResidualSeatMethod.UNIQUE_HIGHEST_AVERAGE) {
            state.uniqueAverageSeats[from]--;
        }
        state.residualSeats[majority]++;
        state.steps.add(new AllocationStep.AbsoluteMajority(state.numbers[from], state.numbers[majority], byLot,
                state.standings()));
    }

    private static int majorityList(AllocationState state) {
        for (int i = 0; i < state.listCount(); i++) {
            if (2 * state.votes[i] > state.totalVotes) {
                return i;
            }
        }
        return -1;
    }

    /** The last residual seats given with one and the same method and value: a tie that all won a seat. */
    private static List<AllocationState.Award> lastRun(AllocationState state) {
        List<AllocationState.Award> awards = state.awards;
        AllocationState.Award last = awards.get(awards.size() - 1);
        List<AllocationState.Award> run = new ArrayList<>();
        for (int i = awards.size() - 1; i >= 0; i--) {
            AllocationState.Award award = awards.get(i);
            if (award.method() != last.method() || award.value().compareTo(last.value()) != 0) {
                break;
            }
            run.add(0, award);
        }
        return run;
    }
}
