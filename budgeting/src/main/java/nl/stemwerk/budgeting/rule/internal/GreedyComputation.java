package nl.stemwerk.budgeting.rule.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.GreedyRule;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.ProjectExplanation;

/**
 * Greedy by votes, as pabulib files record it ({@code rule;greedy}) and CONSUL counts it: it reproduces the real
 * {@code selected} column of every Polish greedy file in shared/data/pb.
 */
final class GreedyComputation {

    private GreedyComputation() {
    }

    static BudgetResult compute(Profile profile, GreedyRule rule, Lot lot) {
        TieBreaker ties = new TieBreaker(profile, lot);
        long[] score = rule.measure() == GreedyRule.Measure.POINTS ? profile.points : profile.votes;
        ProjectExplanation[] explanations = new ProjectExplanation[profile.projectCount()];
        List<Integer> supported = new ArrayList<>();
        for (int j = 0; j < profile.projectCount(); j++) {
            if (score[j] > 0 && profile.cost[j] > 0) {
                supported.add(j);
            } else {
                explanations[j] = new ProjectExplanation.NoSupport(profile.projects.get(j));
            }
        }
        GreedyPass pass = new GreedyPass(profile, score, ties, 0, false, explanations);
        List<Integer> order = pass.order(supported);
        int[] positions = positions(profile, order);
        CapState caps = rule.caps().isEmpty() ? null : CapState.of(profile, rule.caps());
        pass.run(order, caps, positions);
        List<Integer> winners = new ArrayList<>(pass.funded);
        long spent = pass.spent;
        if (rule.leftoverWithoutCaps()) {
            GreedyPass leftover = new GreedyPass(profile, score, ties, spent, true, new ProjectExplanation[
                    profile.projectCount()]);
            leftover.run(pass.cappedOut, null, positions);
            for (int j : leftover.funded) {
                explanations[j] = leftover.explanations[j];
            }
            winners.addAll(leftover.funded);
            spent = leftover.spent;
        }
        return new BudgetResult(rule, lot, profile.election.budget(), profile.election.currency(),
                winners.stream().map(j -> profile.ids[j]).toList(), Money.ofCents(spent), Optional.empty(),
                ties.recorded(), List.of(explanations));
    }

    /** 1-based place of each project in the order of support. */
    static int[] positions(Profile profile, List<Integer> order) {
        int[] positions = new int[profile.projectCount()];
        for (int i = 0; i < order.size(); i++) {
            positions[order.get(i)] = i + 1;
        }
        return positions;
    }
}
