package nl.stemwerk.kieswet.apportionment.internal;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.apportionment.AllocationStep;
import nl.stemwerk.kieswet.apportionment.Fraction;
import nl.stemwerk.kieswet.apportionment.ListValue;
import nl.stemwerk.kieswet.law.Article;

/**
 * The quota is the sum of the list vote totals divided by the number of seats (art. P 5); every list gets a seat
 * for each time the quota fits in its vote total (art. P 6).
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2_ArtikelP5">Kieswet art. P 5</a>
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2_ArtikelP6">Kieswet art. P 6</a>
 */
@Article("P 5")
@Article("P 6")
final class FullSeats {
    private FullSeats() {
    }

    static void assign(AllocationState state) {
        List<ListValue> quotients = new ArrayList<>();
        for (int i = 0; i < state.listCount(); i++) {
            // votes / (V / S) = votes * S / V, exact
            Fraction quotient = Fraction.of(state.votes[i]).dividedBy(state.quota);
            quotients.add(new ListValue(state.numbers[i], quotient));
            state.fullSeats[i] = Math.toIntExact(quotient.floor());
        }
        state.steps.add(new AllocationStep.FullSeats(state.quota, quotients, state.standings()));
    }
}
