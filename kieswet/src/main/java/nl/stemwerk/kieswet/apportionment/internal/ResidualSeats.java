package nl.stemwerk.kieswet.apportionment.internal;

import static nl.stemwerk.kieswet.apportionment.ResidualSeatMethod.HIGHEST_AVERAGE;
import static nl.stemwerk.kieswet.apportionment.ResidualSeatMethod.LARGEST_REMAINDER;
import static nl.stemwerk.kieswet.apportionment.ResidualSeatMethod.UNIQUE_HIGHEST_AVERAGE;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.apportionment.AllocationStep;
import nl.stemwerk.kieswet.apportionment.DrawingOfLots;
import nl.stemwerk.kieswet.apportionment.Fraction;
import nl.stemwerk.kieswet.apportionment.ListValue;
import nl.stemwerk.kieswet.apportionment.ResidualSeatMethod;
import nl.stemwerk.kieswet.law.Article;

/**
 * Residual seats ("restzetels"), one at a time.
 * <ul>
 *   <li>19 seats or more: highest averages, the list's votes divided by its seats plus one (art. P 7).</li>
 *   <li>Fewer than 19 seats: largest remainders, at most one per list and only for lists with at least 75% of
 *       the quota (art. P 8 first and second paragraph); then highest averages with at most one seat per list
 *       (art. P 8 third paragraph).</li>
 * </ul>
 * Lists without votes never get a seat. When more lists share the best value than there are seats left, the lot
 * decides (art. P 7 first paragraph, P 8 first paragraph); when there are seats enough they all get one, in list
 * order. During re-allocation under art. P 10 lists without candidates left are passed over, and when every
 * eligible list has had its highest-averages seat under P 8 the plain highest averages continue.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2_ArtikelP7">Kieswet art. P 7</a>
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2_ArtikelP8">Kieswet art. P 8</a>
 */
@Article("P 7")
@Article("P 8")
final class ResidualSeats {
    /** Art. P 7 and P 8 split the councils at 19 seats. */
    static final int LARGE_BODY_SEATS = 19;

    private ResidualSeats() {
    }

    /**
     * Gives {@code count} residual seats.
     *
     * @param reallocation whether these are seats taken from exhausted lists (art. P 10)
     * @return the seats no list could take
     */
    static int assign(AllocationState state, int count, boolean reallocation) {
        for (int given = 0; given < count; given++) {
            List<Integer> eligible = eligible(state, reallocation);
            if (eligible.isEmpty()) {
                int unassigned = count - given;
                state.steps.add(new AllocationStep.SeatsUnassigned(unassigned, "P 10", state.standings()));
                return unassigned;
            }
            giveOne(state, eligible, count - given, reallocation);
        }
        return 0;
    }

    private static List<Integer> eligible(AllocationState state, boolean reallocation) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < state.listCount(); i++) {
            if (state.votes[i] > 0 && !(reallocation && state.exhausted(i))) {
                eligible.add(i);
            }
        }
        return eligible;
    }

    private static void giveOne(AllocationState state, List<Integer> eligible, int seatsLeft, boolean reallocation) {
        ResidualSeatMethod method = method(state, eligible);
        List<Integer> competing = competing(state, eligible, method);
        List<ListValue> values = new ArrayList<>(competing.size());
        Fraction best = null;
        List<Integer> tied = new ArrayList<>();
        for (int i : competing) {
            Fraction value = value(state, i, method);
            values.add(new ListValue(state.numbers[i], value));
            int order = best == null ? 1 : value.compareTo(best);
            if (order > 0) {
                best = value;
                tied.clear();
            }
            if (order >= 0) {
                tied.add(i);
            }
        }
        int seatNumber = state.residualSeatsGiven + 1;
        boolean byLot = tied.size() > seatsLeft;
        int winner = tied.get(0);
        if (byLot) {
            int chosen = state.lots.chosenFor(new DrawingOfLots.ResidualSeatTie(method, seatNumber, seatsLeft, best,
                    state.listNumbers(tied)));
            winner = state.indexOf(chosen);
        }
        state.residualSeatsGiven = seatNumber;
        state.residualSeats[winner]++;
        if (method == LARGEST_REMAINDER) {
            state.largestRemainderSeats[winner]++;
        } else if (method == UNIQUE_HIGHEST_AVERAGE) {
            state.uniqueAverageSeats[winner]++;
        }
        state.awards.add(new AllocationState.Award(winner, method, best));
        state.steps.add(new AllocationStep.ResidualSeat(seatNumber, method,
                reallocation ? "P 10" : method.article(), state.numbers[winner], values,
                state.listNumbers(tied), byLot, state.standings()));
    }

    private static ResidualSeatMethod method(AllocationState state, List<Integer> eligible) {
        if (state.seats >= LARGE_BODY_SEATS) {
            return HIGHEST_AVERAGE;
        }
        if (!competing(state, eligible, LARGEST_REMAINDER).isEmpty()) {
            return LARGEST_REMAINDER;
        }
        if (!competing(state, eligible, UNIQUE_HIGHEST_AVERAGE).isEmpty()) {
            return UNIQUE_HIGHEST_AVERAGE;
        }
        return HIGHEST_AVERAGE;
    }

    private static List<Integer> competing(AllocationState state, List<Integer> eligible, ResidualSeatMethod method) {
        return switch (method) {
            case HIGHEST_AVERAGE -> eligible;
            case LARGEST_REMAINDER -> eligible.stream()
                    .filter(i -> state.largestRemainderSeats[i] == 0 && meetsRemainderThreshold(state, i))
                    .toList();
            case UNIQUE_HIGHEST_AVERAGE -> eligible.stream()
                    .filter(i -> state.uniqueAverageSeats[i] == 0)
                    .toList();
        };
    }

    /** Art. P 8 second paragraph: lists below 75% of the quota get no remainder seat. */
    private static boolean meetsRemainderThreshold(AllocationState state, int list) {
        return state.remainderThreshold.compareTo(state.votes[list]) <= 0;
    }

    private static Fraction value(AllocationState state, int list, ResidualSeatMethod method) {
        if (method == LARGEST_REMAINDER) {
            return Fraction.of(state.votes[list]).minus(state.quota.times(state.fullSeats[list]));
        }
        return Fraction.of(state.votes[list], state.totalSeats(list) + 1L);
    }
}
