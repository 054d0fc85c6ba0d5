package nl.stemwerk.budgeting.rule.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.TieBreak;

/**
 * Breaks ties as equalshares.net recommends: the lowest cost, then the most supporters, then the lot drawn before
 * the count. Without a lot, a tie that reaches the last step stops the count.
 *
 * @see <a href="https://equalshares.net/implementation/tie-breaking/">equalshares.net, tie-breaking</a>
 */
final class TieBreaker {

    private final Profile profile;
    private final int[] lotRank;
    private final boolean lotDrawn;
    private final Set<TieBreak> recorded = new LinkedHashSet<>();

    TieBreaker(Profile profile, Lot lot) {
        this.profile = profile;
        this.lotDrawn = lot.isDrawn();
        this.lotRank = new int[profile.projectCount()];
        Arrays.fill(lotRank, Integer.MAX_VALUE);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < lot.order().size(); i++) {
            rank.put(lot.order().get(i), i);
        }
        for (int j = 0; j < profile.projectCount(); j++) {
            lotRank[j] = rank.getOrDefault(profile.ids[j], Integer.MAX_VALUE);
            if (lotDrawn && lotRank[j] == Integer.MAX_VALUE) {
                throw new BudgetingException(BudgetingError.LOT_INCOMPLETE, "Project '" + profile.ids[j]
                        + "' staat niet in de volgorde van de loting. De loting moet alle projecten bevatten.");
            }
        }
    }

    /** The winner among projects that tie on the rule's own measure. */
    int choose(List<Integer> tied) {
        if (tied.size() == 1) {
            return tied.getFirst();
        }
        List<Integer> left = keepBest(tied, j -> -profile.cost[j]);
        if (left.size() == 1) {
            return record(tied, TieBreak.DecidedBy.LOWEST_COST, left.getFirst());
        }
        left = keepBest(left, j -> profile.votes[j]);
        if (left.size() == 1) {
            return record(tied, TieBreak.DecidedBy.MOST_VOTES, left.getFirst());
        }
        return record(tied, TieBreak.DecidedBy.LOT, byLot(left));
    }

    /** Orders projects that tie on everything but the lot; throws when there is no lot. */
    int byLot(List<Integer> tied) {
        if (!lotDrawn) {
            throw new LotRequiredSignal(tied.stream().map(j -> profile.ids[j]).sorted().toList());
        }
        int best = tied.getFirst();
        for (int j : tied) {
            best = lotRank[j] < lotRank[best] ? j : best;
        }
        return best;
    }

    /**
     * Orders two projects with equal support for greedy: cheaper first, then by lot; without a lot by id, which only
     * numbers the places, since {@link GreedyPass} asks for a lot whenever that order would change the outcome.
     */
    int compareCostThenLot(int a, int b) {
        int byCost = Long.compare(profile.cost[a], profile.cost[b]);
        int byLot = Integer.compare(lotRank[a], lotRank[b]);
        return byCost != 0 ? byCost : byLot != 0 ? byLot : profile.ids[a].compareTo(profile.ids[b]);
    }

    boolean lotDrawn() {
        return lotDrawn;
    }

    int record(List<Integer> tied, TieBreak.DecidedBy decidedBy, int chosen) {
        recorded.add(new TieBreak(tied.stream().map(j -> profile.ids[j]).sorted().toList(), decidedBy,
                profile.ids[chosen]));
        return chosen;
    }

    List<TieBreak> recorded() {
        return List.copyOf(recorded);
    }

    private interface Score {
        long of(int project);
    }

    private static List<Integer> keepBest(List<Integer> projects, Score score) {
        long best = Long.MIN_VALUE;
        List<Integer> kept = new ArrayList<>();
        for (int j : projects) {
            long value = score.of(j);
            if (value > best) {
                best = value;
                kept.clear();
            }
            if (value == best) {
                kept.add(j);
            }
        }
        return kept;
    }
}
