package nl.stemwerk.budgeting.rule.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.stemwerk.budgeting.money.Fraction;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.Completion;
import nl.stemwerk.budgeting.rule.Endowment;
import nl.stemwerk.budgeting.rule.EqualSharesRule;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.ProjectExplanation;

/**
 * The Method of Equal Shares with its completions: plain, Add1 (with either start and with or without the
 * exhaustive stop) and greedy over what is left.
 *
 * <p>Add1 raises the endowment by one currency unit per voter and runs MES again, keeping the last outcome that
 * costs no more than the budget. Two choices where the definitions were silent, both in the README: an outcome is
 * exhaustive when no <em>fundable</em> project (cost above zero, at least one supporter, fits the caps) fits in the
 * money left, as in pabutools; and Add1 also stops once every fundable project is funded, which is what makes the
 * variant without the exhaustive stop end when everything is affordable.
 *
 * @see <a href="https://equalshares.net/implementation/completion/">equalshares.net, completion</a>
 */
final class EqualSharesComputation {

    private static final Fraction ONE_UNIT = Fraction.of(100);

    private EqualSharesComputation() {
    }

    static BudgetResult compute(Profile profile, EqualSharesRule rule, Lot lot, boolean allowFast) {
        TieBreaker ties = new TieBreaker(profile, lot);
        CapState caps = CapState.of(profile, rule.caps());
        boolean cost = rule.utility() == EqualSharesRule.Utility.COST;
        long budget = profile.budgetCents();
        long voters = Math.max(1, profile.voters);
        Fraction start = switch (rule.completion()) {
            case Completion.Add1 add1 when add1.start() == Completion.Start.INTEGRAL ->
                    Fraction.of(BigInteger.valueOf(budget / (100 * voters) * 100), BigInteger.ONE);
            default -> Fraction.of(budget, voters);
        };
        EqualSharesRun run = new EqualSharesRun(profile, cost, start, caps.copy(), ties, allowFast).run();
        Fraction endowment = start;
        long increments = 0;
        if (rule.completion() instanceof Completion.Add1 add1) {
            while (!(add1.exhaustiveStop() && exhaustive(run, budget)) && !complete(run)) {
                Fraction next = endowment.add(ONE_UNIT);
                EqualSharesRun raised = new EqualSharesRun(profile, cost, next, caps.copy(), ties, allowFast).run();
                if (raised.totalCost() > budget) {
                    break;
                }
                run = raised;
                endowment = next;
                increments++;
            }
        }
        ProjectExplanation[] explanations = explain(run);
        List<Integer> winners = new ArrayList<>();
        for (int j : run.winners()) {
            winners.add(j);
        }
        long spent = run.totalCost();
        if (rule.thenGreedy()) {
            spent = completeGreedily(run, ties, explanations, winners, spent);
        }
        for (int j = 0; j < explanations.length; j++) {
            if (explanations[j] instanceof ProjectExplanation.NotAffordable notAffordable && rule.thenGreedy()) {
                explanations[j] = new ProjectExplanation.NotAffordable(notAffordable.project(),
                        notAffordable.supporters(), notAffordable.supportersMoneyLeft(),
                        Optional.of(Money.ofCents(budget - spent)));
            }
        }
        return new BudgetResult(rule, lot, profile.election.budget(), profile.election.currency(),
                winners.stream().map(j -> profile.ids[j]).toList(), Money.ofCents(spent),
                Optional.of(new Endowment(start, endowment, increments, profile.voters)), ties.recorded(),
                List.of(explanations));
    }

    /** No fundable project outside the outcome fits in the money left and under its caps. */
    private static boolean exhaustive(EqualSharesRun run, long budget) {
        long left = budget - run.totalCost();
        for (int j = 0; j < run.profile.projectCount(); j++) {
            long cost = run.profile.cost[j];
            if (run.profile.isCandidate(j) && !run.isSelected(j) && cost <= left && run.caps.fits(j, cost)) {
                return false;
            }
        }
        return true;
    }

    /** Every fundable project is funded, or kept out by a cap: more money per voter cannot add anything. */
    private static boolean complete(EqualSharesRun run) {
        for (int j = 0; j < run.profile.projectCount(); j++) {
            if (run.profile.isCandidate(j) && !run.isSelected(j) && run.caps.fits(j, run.profile.cost[j])) {
                return false;
            }
        }
        return true;
    }

    private static long completeGreedily(EqualSharesRun run, TieBreaker ties, ProjectExplanation[] explanations,
                                         List<Integer> winners, long spent) {
        Profile profile = run.profile;
        List<Integer> rest = new ArrayList<>();
        for (int j = 0; j < profile.projectCount(); j++) {
            if (profile.isCandidate(j) && !run.isSelected(j)) {
                rest.add(j);
            }
        }
        ProjectExplanation[] greedyExplanations = new ProjectExplanation[profile.projectCount()];
        GreedyPass pass = new GreedyPass(profile, profile.votes, ties, spent, true, greedyExplanations);
        List<Integer> order = pass.order(rest);
        pass.run(order, run.caps, GreedyComputation.positions(profile, order));
        for (int j : rest) {
            if (greedyExplanations[j] instanceof ProjectExplanation.FundedByGreedy
                    || greedyExplanations[j] instanceof ProjectExplanation.ExceedsCap) {
                explanations[j] = greedyExplanations[j];
            }
        }
        winners.addAll(pass.funded);
        return pass.spent;
    }

    private static ProjectExplanation[] explain(EqualSharesRun run) {
        Profile profile = run.profile;
        ExactLedger ledger = run.ledger();
        ProjectExplanation[] explanations = new ProjectExplanation[profile.projectCount()];
        for (int rank = 0; rank < run.selections.size(); rank++) {
            EqualSharesRun.Selection selection = run.selections.get(rank);
            int j = selection.project();
            Map<BigInteger, Long> partial = new TreeMap<>(Comparator.reverseOrder());
            for (int g : selection.poorGroups()) {
                partial.merge(ledger.budget(g, rank, run.selectionRank, run.exhaustedAt), profile.weight[g],
                        Long::sum);
            }
            partial.remove(BigInteger.ZERO);
            Fraction share = ledger.share(rank);
            explanations[j] = new ProjectExplanation.FundedByEqualShares(profile.projects.get(j), rank + 1, share,
                    selection.richWeight(), partial.entrySet().stream().map(e -> new ProjectExplanation.Payment(
                            Fraction.of(e.getKey(), ledger.scale()), e.getValue())).toList(),
                    run.costUtility ? share.divide(profile.cost[j]) : share);
        }
        for (int j = 0; j < profile.projectCount(); j++) {
            if (explanations[j] != null) {
                continue;
            }
            if (!profile.isCandidate(j)) {
                explanations[j] = new ProjectExplanation.NoSupport(profile.projects.get(j));
            } else if (run.isCapped(j)) {
                CapState.Blocking blocking = run.capBlocking[j];
                explanations[j] = new ProjectExplanation.ExceedsCap(profile.projects.get(j), blocking.kind(),
                        blocking.group(), blocking.left());
            } else {
                explanations[j] = new ProjectExplanation.NotAffordable(profile.projects.get(j), profile.votes[j],
                        moneyLeft(run, ledger, j), Optional.empty());
            }
        }
        return explanations;
    }

    /**
     * What the supporters of {@code j} had left at the end, exactly: the endowment of those with money left, minus
     * the shares they paid. Counted per purchase, so it takes one product per purchase, not one per voter.
     */
    private static Fraction moneyLeft(EqualSharesRun run, ExactLedger ledger, int j) {
        Profile profile = run.profile;
        long withMoney = 0;
        long[] payers = new long[run.selections.size()];
        for (int g : profile.supporters[j]) {
            if (run.exhausted[g]) {
                continue;
            }
            withMoney += profile.weight[g];
            for (int p : profile.groupProjects[g]) {
                int rank = run.selectionRank[p];
                if (rank >= 0) {
                    payers[rank] += profile.weight[g];
                }
            }
        }
        BigInteger left = ledger.scaledEndowment().multiply(BigInteger.valueOf(withMoney));
        for (int rank = 0; rank < payers.length; rank++) {
            if (payers[rank] > 0) {
                left = left.subtract(ledger.scaledShare(rank).multiply(BigInteger.valueOf(payers[rank])));
            }
        }
        return Fraction.of(left, ledger.scale());
    }
}
