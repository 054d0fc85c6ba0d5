package nl.stemwerk.kieswet.apportionment.internal;

import nl.stemwerk.kieswet.apportionment.AllocationStep;
import nl.stemwerk.kieswet.apportionment.SeatAllocation;
import nl.stemwerk.kieswet.law.Article;

/**
 * The seat allocation of Kieswet chapter P, paragraph 2, in the order of the law: quota and full seats (P 5,
 * P 6), residual seats (P 7 or P 8), absolute majority (P 9), exhausted lists (P 10). Without any votes no list
 * can get a seat and all seats stay empty.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2">Kieswet hoofdstuk P, paragraaf 2</a>
 */
@Article("P 5")
final class SeatAssignment {
    private SeatAssignment() {
    }

    static SeatAllocation allocate(AllocationState state) {
        if (state.totalVotes == 0) {
            state.steps.add(new AllocationStep.SeatsUnassigned(state.seats, "P 5", state.standings()));
            return result(state, state.seats);
        }
        FullSeats.assign(state);
        ResidualSeats.assign(state, state.seats - state.seatsGiven(), false);
        AbsoluteMajority.apply(state);
        return result(state, ListExhaustion.apply(state));
    }

    private static SeatAllocation result(AllocationState state, int unassigned) {
        return new SeatAllocation(state.seats, state.totalVotes, state.quota, state.standings(), state.steps,
                unassigned);
    }
}
