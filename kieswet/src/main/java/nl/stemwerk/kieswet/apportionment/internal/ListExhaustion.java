package nl.stemwerk.kieswet.apportionment.internal;

import nl.stemwerk.kieswet.apportionment.AllocationStep;
import nl.stemwerk.kieswet.law.Article;

/**
 * A list with more seats than candidates gives the surplus up, residual seats first; those seats go to the other
 * lists by continuing the residual-seat rules, passing over lists whose candidates all have a seat. Deceased
 * candidates do not count as candidates (art. P 19a). A seat that no list can take stays empty.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2_ArtikelP10">Kieswet art. P 10</a>
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP19a">Kieswet art. P 19a</a>
 */
@Article("P 10")
@Article("P 19a")
final class ListExhaustion {
    private ListExhaustion() {
    }

    /** @return the seats that stay empty */
    static int apply(AllocationState state) {
        int removed = 0;
        for (int i = 0; i < state.listCount(); i++) {
            while (state.totalSeats(i) > state.livingCandidates[i]) {
                boolean fullSeat = state.residualSeats[i] == 0;
                if (fullSeat) {
                    state.fullSeats[i]--;
                } else {
                    state.residualSeats[i]--;
                }
                removed++;
                state.steps.add(new AllocationStep.ExhaustedListSeatRemoved(state.numbers[i], fullSeat,
                        state.standings()));
            }
        }
        return removed == 0 ? 0 : ResidualSeats.assign(state, removed, true);
    }
}
