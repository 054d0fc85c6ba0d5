package nl.stemwerk.kieswet.apportionment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.CandidateElection;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import nl.stemwerk.kieswet.apportionment.CandidateInput;
import nl.stemwerk.kieswet.apportionment.DrawingOfLots;
import nl.stemwerk.kieswet.apportionment.Fraction;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import nl.stemwerk.kieswet.apportionment.ListInput;
import nl.stemwerk.kieswet.apportionment.PreferenceThreshold;
import nl.stemwerk.kieswet.apportionment.SeatAllocation;
import nl.stemwerk.kieswet.law.Article;

/**
 * Which candidates take a list's seats. First, in order of their votes, the candidates with more votes than the
 * preference threshold: 25% of the quota, or 50% when fewer than 19 seats are filled (art. P 15); when candidates
 * with equal votes compete for fewer seats, the lot decides. The remaining seats go to the other candidates in
 * list order (art. P 17). Deceased candidates are left out (art. P 19a). Candidates with equal votes who all get a
 * seat are taken in list order.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP15">Kieswet art. P 15</a>
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP17">Kieswet art. P 17</a>
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP19a">Kieswet art. P 19a</a>
 */
@Article("P 15")
@Article("P 17")
@Article("P 19a")
final class CandidateNomination {
    private CandidateNomination() {
    }

    static CandidateElection elect(ApportionmentInput input, SeatAllocation allocation, Lots lots) {
        PreferenceThreshold threshold = threshold(allocation);
        List<ListCandidates> lists = new ArrayList<>();
        for (ListInput list : input.lists()) {
            lists.add(electFromList(input, list, allocation.seatsOf(list.number()), threshold, lots));
        }
        return new CandidateElection(threshold, lists);
    }

    /** Art. P 15: 25% of the quota, or half of it when fewer than 19 seats are filled. */
    static PreferenceThreshold threshold(SeatAllocation allocation) {
        int percentage = allocation.seats() >= ResidualSeats.LARGE_BODY_SEATS ? 25 : 50;
        return new PreferenceThreshold(percentage, allocation.quota().times(Fraction.of(percentage, 100)));
    }

    private static ListCandidates electFromList(ApportionmentInput input, ListInput list, int seats,
                                                PreferenceThreshold threshold, Lots lots) {
        List<CandidateInput> living = living(input, list);
        List<CandidateInput> aboveThreshold = aboveThreshold(living, threshold);
        List<CandidateInput> byPreference = new ArrayList<>();
        boolean lotDrawn = electByPreference(list.number(), aboveThreshold, seats, byPreference, lots);
        Set<Integer> preferred = new HashSet<>();
        byPreference.forEach(c -> preferred.add(c.number()));
        List<Integer> byListOrder = living.stream()
                .map(CandidateInput::number)
                .filter(number -> !preferred.contains(number))
                .limit(Math.max(0, seats - byPreference.size()))
                .toList();
        List<Integer> preferenceNumbers = byPreference.stream().map(CandidateInput::number).toList();
        boolean ranked = CandidateRanking.applies(input.seats(), preferenceNumbers.size() + byListOrder.size());
        List<Integer> listOrder = living.stream().map(CandidateInput::number).toList();
        List<Integer> ranking = ranked ? CandidateRanking.rank(preferenceNumbers, aboveThreshold, living) : listOrder;
        return new ListCandidates(list.number(), seats, preferenceNumbers, byListOrder, ranking, ranked,
                !ranking.equals(listOrder), lotDrawn);
    }

    private static List<CandidateInput> living(ApportionmentInput input, ListInput list) {
        if (input.deceased().isEmpty()) {
            return list.candidates();
        }
        return list.candidates().stream()
                .filter(c -> !input.deceased().contains(new CandidateId(list.number(), c.number())))
                .toList();
    }

    /** The candidates above the threshold, most votes first, equal votes in list order. */
    static List<CandidateInput> aboveThreshold(List<CandidateInput> living, PreferenceThreshold threshold) {
        return living.stream()
                .filter(c -> threshold.votes().compareTo(c.votes()) < 0)
                .sorted(Comparator.comparingLong(CandidateInput::votes).reversed())
                .toList();
    }

    /** @return whether a lot decided */
    private static boolean electByPreference(int listNumber, List<CandidateInput> aboveThreshold, int seats,
                                             List<CandidateInput> elected, Lots lots) {
        if (aboveThreshold.size() <= seats) {
            elected.addAll(aboveThreshold);
            return false;
        }
        List<CandidateInput> waiting = new ArrayList<>(aboveThreshold);
        boolean lotDrawn = false;
        while (elected.size() < seats) {
            long votes = waiting.get(0).votes();
            List<CandidateInput> tied = waiting.stream().filter(c -> c.votes() == votes).toList();
            int open = seats - elected.size();
            CandidateInput next = tied.get(0);
            if (tied.size() > open) {
                int chosen = lots.chosenFor(new DrawingOfLots.CandidateTie(listNumber, votes, open,
                        tied.stream().map(CandidateInput::number).toList()));
                next = tied.stream().filter(c -> c.number() == chosen).findFirst().orElseThrow();
                lotDrawn = true;
            }
            waiting.remove(next);
            elected.add(next);
        }
        return lotDrawn;
    }
}
