package nl.stemwerk.kieswet.apportionment.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.stemwerk.kieswet.apportionment.CandidateInput;
import nl.stemwerk.kieswet.law.Article;

/**
 * The order in which candidates fill later vacancies. First the candidates elected on their own votes, in the
 * order their seats were given; then the other candidates above the preference threshold, most votes first and
 * equal votes in list order; then everyone else in list order. The ranking is left out for a list on which no
 * candidate was elected, except in a council of nine or eleven members (art. P 19 fifth paragraph); such a list
 * keeps its list order. Deceased candidates are left out (art. P 19a).
 *
 * <p>The Kiesraad's Abacus splits this at 19 seats instead; Stemwerk follows the text of P 19 fifth paragraph
 * (see {@code kieswet/README.md}, "Decisions").
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP19">Kieswet art. P 19</a>
 */
@Article("P 19")
final class CandidateRanking {
    private CandidateRanking() {
    }

    /** Art. P 19 fifth paragraph: only lists with an elected candidate, except in councils of 9 or 11 seats. */
    static boolean applies(int councilSeats, int electedOnList) {
        return electedOnList > 0 || councilSeats == 9 || councilSeats == 11;
    }

    /**
     * @param electedByPreference candidate numbers in the order their seats were given (art. P 15)
     * @param aboveThreshold      living candidates above the threshold, most votes first, ties in list order
     * @param living              living candidates in list order
     */
    static List<Integer> rank(List<Integer> electedByPreference, List<CandidateInput> aboveThreshold,
                              List<CandidateInput> living) {
        if (aboveThreshold.isEmpty()) {
            return living.stream().map(CandidateInput::number).toList();
        }
        Set<Integer> ranked = new LinkedHashSet<>(electedByPreference);
        aboveThreshold.forEach(candidate -> ranked.add(candidate.number()));
        living.forEach(candidate -> ranked.add(candidate.number()));
        return new ArrayList<>(ranked);
    }
}
