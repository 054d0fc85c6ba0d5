package nl.stemwerk.budgeting.rule.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.rule.ProjectExplanation;
import nl.stemwerk.budgeting.rule.TieBreak;

/**
 * Greedy selection: projects in order of support; fund each one that fits in the money left (and under its caps),
 * skip the others and go on. Projects with equal support go cheapest first; equal cost as well goes by lot, which is
 * only needed when not all of them can be funded.
 */
final class GreedyPass {

    private final Profile profile;
    private final long[] score;
    private final TieBreaker ties;
    private final boolean leftoverPass;
    final List<Integer> funded = new ArrayList<>();
    /** Projects that did not fit under a cap, in order (for a second pass without caps). */
    final List<Integer> cappedOut = new ArrayList<>();
    final ProjectExplanation[] explanations;
    long spent;

    GreedyPass(Profile profile, long[] score, TieBreaker ties, long alreadySpent, boolean leftoverPass,
               ProjectExplanation[] explanations) {
        this.profile = profile;
        this.score = score;
        this.ties = ties;
        this.spent = alreadySpent;
        this.leftoverPass = leftoverPass;
        this.explanations = explanations;
    }

    /** The given projects in greedy order: most support first, then cheapest, then by lot. */
    List<Integer> order(List<Integer> projects) {
        List<Integer> order = new ArrayList<>(projects);
        order.sort(Comparator.comparingLong((Integer j) -> -score[j]).thenComparing(ties::compareCostThenLot));
        return order;
    }

    /**
     * Runs over the projects in {@link #order} order; {@code caps} may be {@code null} for no caps.
     *
     * @param positions place of each project in the order of support, for explanations
     */
    void run(List<Integer> ordered, CapState caps, int[] positions) {
        long budget = profile.budgetCents();
        int i = 0;
        while (i < ordered.size()) {
            int end = i + 1;
            while (end < ordered.size() && score[ordered.get(end)] == score[ordered.get(i)]) {
                end++;
            }
            List<Integer> sameScore = new ArrayList<>(ordered.subList(i, end));
            List<Integer> sequence = sequence(sameScore, budget, caps);
            List<Integer> fundedHere = new ArrayList<>();
            for (int j : sequence) {
                long cost = profile.cost[j];
                if (caps != null && !caps.fits(j, cost)) {
                    CapState.Blocking blocking = caps.blocking(j, cost);
                    explanations[j] = new ProjectExplanation.ExceedsCap(profile.projects.get(j), blocking.kind(),
                            blocking.group(), blocking.left());
                    cappedOut.add(j);
                } else if (spent + cost > budget) {
                    explanations[j] = new ProjectExplanation.SkippedByGreedy(profile.projects.get(j), positions[j],
                            Money.ofCents(budget - spent));
                } else {
                    explanations[j] = new ProjectExplanation.FundedByGreedy(profile.projects.get(j), positions[j],
                            Money.ofCents(spent), Money.ofCents(spent + cost), leftoverPass);
                    spent += cost;
                    if (caps != null) {
                        caps.take(j, cost);
                    }
                    funded.add(j);
                    fundedHere.add(j);
                }
            }
            if (!fundedHere.isEmpty() && fundedHere.size() < sameScore.size()) {
                boolean lotDecided = sameScore.stream().anyMatch(skipped -> !fundedHere.contains(skipped)
                        && fundedHere.stream().anyMatch(j -> profile.cost[j] == profile.cost[skipped]));
                ties.record(sameScore, lotDecided ? TieBreak.DecidedBy.LOT : TieBreak.DecidedBy.LOWEST_COST,
                        fundedHere.getFirst());
            }
            i = end;
        }
    }

    /**
     * The order within projects of equal support, as {@link #order} gives it: cheapest first, equal cost by lot.
     * Without a lot, that order is only accepted when it cannot matter: every project of equal cost that fits on its
     * own also fits together with the others.
     */
    private List<Integer> sequence(List<Integer> sameScore, long budget, CapState caps) {
        if (ties.lotDrawn()) {
            return sameScore;
        }
        int i = 0;
        long simulatedSpent = spent;
        CapState simulatedCaps = caps == null ? null : caps.copy();
        while (i < sameScore.size()) {
            int end = i + 1;
            while (end < sameScore.size() && profile.cost[sameScore.get(end)] == profile.cost[sameScore.get(i)]) {
                end++;
            }
            List<Integer> fitting = new ArrayList<>();
            for (int j : sameScore.subList(i, end)) {
                long cost = profile.cost[j];
                if (simulatedSpent + cost <= budget && (simulatedCaps == null || simulatedCaps.fits(j, cost))) {
                    fitting.add(j);
                }
            }
            for (int j : fitting) {
                long cost = profile.cost[j];
                if (simulatedSpent + cost > budget || (simulatedCaps != null && !simulatedCaps.fits(j, cost))) {
                    ties.byLot(fitting);
                }
                simulatedSpent += cost;
                if (simulatedCaps != null) {
                    simulatedCaps.take(j, cost);
                }
            }
            i = end;
        }
        return sameScore;
    }
}
