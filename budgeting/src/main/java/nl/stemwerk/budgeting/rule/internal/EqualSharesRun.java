package nl.stemwerk.budgeting.rule.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import nl.stemwerk.budgeting.money.Fraction;

/**
 * One run of the Method of Equal Shares at a fixed endowment per voter, with cost or cardinality utilities.
 *
 * <p>Exact and fast at once. Every decision (can the supporters afford it, who pays all they have left, which
 * project is best) is first taken with doubles that carry a proven bound on their distance to the exact value
 * (standard forward error analysis: a sum of {@code n} non-negative terms is off by at most {@code γ(n)·sum}, and
 * every voter budget by at most one shared {@link #budgetError}). When the double is further from the boundary than
 * its bound, the exact comparison decides the same; when it is not (real ties, or values closer than the rounding),
 * that single decision is taken again with exact fractions, recomputed from the exact shares of the projects bought
 * so far. A result therefore never depends on rounding.
 *
 * @see <a href="https://equalshares.net/implementation/computation/">equalshares.net, computation</a>
 */
final class EqualSharesRun {

    /** Above this many cents, doubles no longer hold every amount exactly; then only the exact path is used. */
    private static final double EXACT_DOUBLE_LIMIT = 0x1p50;
    /** Unit roundoff of a double. */
    private static final double U = 0x1p-53;
    /** Covers the rounding in computing an error bound itself (a few operations, far below this). */
    private static final double INFLATE = 1 + 0x1p-30;
    private static final int[] NONE = {};

    private static final byte CANDIDATE = 0;
    private static final byte SELECTED = 1;
    private static final byte UNAFFORDABLE = 2;
    private static final byte CAPPED = 3;
    private static final byte NOT_A_CANDIDATE = 4;

    /**
     * One project bought, with what is needed to recompute its exact share later.
     *
     * @param richWeight voters who paid the full share
     * @param poorGroups groups that paid all they had left
     */
    record Selection(int project, long richWeight, int[] poorGroups) {
    }

    /**
     * The outcome of evaluating one project in one round: its equal share and the share per unit of utility (the
     * number each round minimises), each with a bound on its error; the supporters who pay all they have left; and
     * the exact share when fractions were needed.
     */
    private record Evaluation(int project, double share, double shareError, double ratio, double ratioError,
                              int[] poorGroups, Fraction exactShare) {
        double ratioLo() {
            return ratio - ratioError;
        }

        double ratioHi() {
            return ratio + ratioError;
        }
    }

    final Profile profile;
    final boolean costUtility;
    final Fraction endowment;
    final CapState caps;
    private final TieBreaker ties;
    private final boolean fast;

    /** Each group's money per voter, rounded; within {@link #budgetError} of the exact amount. */
    private final double[] budget;
    private double budgetError;
    private final double endowmentApprox;
    private final double[] weight;
    final boolean[] exhausted;
    /** The purchase (0-based) at which a group paid its last money; {@link Integer#MAX_VALUE} while it has some. */
    final int[] exhaustedAt;
    /** Voters with money left among each project's supporters. */
    private final long[] activeWeight;
    /** A lower bound of each project's ratio; ratios only rise as voters spend. */
    private final double[] previousRatioLo;
    private final byte[] status;
    final int[] selectionRank;
    final CapState.Blocking[] capBlocking;
    final List<Selection> selections = new ArrayList<>();
    private final int[] poorStamp;
    private int stamp;
    private ExactLedger ledger;

    EqualSharesRun(Profile profile, boolean costUtility, Fraction endowment, CapState caps, TieBreaker ties,
                   boolean allowFast) {
        this.profile = profile;
        this.costUtility = costUtility;
        this.endowment = endowment;
        this.caps = caps;
        this.ties = ties;
        int groups = profile.groupCount();
        int projects = profile.projectCount();
        this.endowmentApprox = endowment.approximate();
        this.fast = allowFast && endowmentApprox < EXACT_DOUBLE_LIMIT
                && Arrays.stream(profile.cost).allMatch(c -> c < EXACT_DOUBLE_LIMIT);
        this.budget = new double[groups];
        Arrays.fill(budget, endowmentApprox);
        this.budgetError = 2 * Math.ulp(endowmentApprox);
        this.weight = Arrays.stream(profile.weight).asDoubleStream().toArray();
        this.exhausted = new boolean[groups];
        this.exhaustedAt = new int[groups];
        Arrays.fill(exhaustedAt, Integer.MAX_VALUE);
        this.poorStamp = new int[groups];
        this.activeWeight = Arrays.copyOf(profile.votes, projects);
        this.previousRatioLo = new double[projects];
        this.status = new byte[projects];
        this.selectionRank = new int[projects];
        this.capBlocking = new CapState.Blocking[projects];
        Arrays.fill(selectionRank, -1);
        for (int j = 0; j < projects; j++) {
            status[j] = profile.isCandidate(j) ? CANDIDATE : NOT_A_CANDIDATE;
            double utility = costUtility ? 1 : profile.cost[j];
            previousRatioLo[j] = utility / profile.votes[j] * (1 - 4 * U);
        }
    }

    /** Runs rounds until no project can be bought. */
    EqualSharesRun run() {
        List<Integer> remaining = new ArrayList<>();
        for (int j = 0; j < profile.projectCount(); j++) {
            if (status[j] == CANDIDATE) {
                remaining.add(j);
            }
        }
        while (!remaining.isEmpty()) {
            remaining.sort(Comparator.comparingDouble((Integer j) -> previousRatioLo[j]));
            List<Evaluation> evaluated = new ArrayList<>();
            double bestHi = Double.POSITIVE_INFINITY;
            for (int j : remaining) {
                if (previousRatioLo[j] > bestHi) {
                    break;
                }
                if (!caps.fits(j, profile.cost[j])) {
                    status[j] = CAPPED;
                    capBlocking[j] = caps.blocking(j, profile.cost[j]);
                    continue;
                }
                Evaluation evaluation = evaluate(j);
                if (evaluation == null) {
                    status[j] = UNAFFORDABLE;
                    continue;
                }
                previousRatioLo[j] = Math.max(previousRatioLo[j], evaluation.ratioLo());
                evaluated.add(evaluation);
                bestHi = Math.min(bestHi, evaluation.ratioHi());
            }
            remaining.removeIf(j -> status[j] != CANDIDATE);
            if (evaluated.isEmpty()) {
                break;
            }
            Evaluation best = best(evaluated, bestHi);
            select(best);
            remaining.remove(Integer.valueOf(best.project()));
        }
        return this;
    }

    /** The project with the lowest ratio; exact fractions settle the ones the doubles cannot tell apart. */
    private Evaluation best(List<Evaluation> evaluated, double bestHi) {
        List<Evaluation> contenders = new ArrayList<>();
        for (Evaluation evaluation : evaluated) {
            if (evaluation.ratioLo() <= bestHi) {
                contenders.add(evaluation);
            }
        }
        if (contenders.size() == 1) {
            return contenders.getFirst();
        }
        List<Evaluation> exact = new ArrayList<>();
        for (Evaluation contender : contenders) {
            exact.add(contender.exactShare() != null ? contender : exactEvaluation(contender.project()));
        }
        Fraction bestRatio = null;
        List<Integer> tied = new ArrayList<>();
        for (Evaluation evaluation : exact) {
            Fraction ratio = costUtility ? evaluation.exactShare().divide(profile.cost[evaluation.project()])
                    : evaluation.exactShare();
            int comparison = bestRatio == null ? -1 : ratio.compareTo(bestRatio);
            if (comparison < 0) {
                bestRatio = ratio;
                tied.clear();
            }
            if (comparison <= 0) {
                tied.add(evaluation.project());
            }
        }
        int winner = ties.choose(tied);
        return exact.stream().filter(e -> e.project() == winner).findFirst().orElseThrow();
    }

    /** Buys the project: poor supporters pay all they have, the others pay the share. */
    private void select(Evaluation chosen) {
        int j = chosen.project();
        int rank = selections.size();
        stamp++;
        for (int g : chosen.poorGroups()) {
            poorStamp[g] = stamp;
            exhausted[g] = true;
            exhaustedAt[g] = rank;
            budget[g] = 0;
            for (int p : profile.groupProjects[g]) {
                activeWeight[p] -= profile.weight[g];
            }
        }
        double share = chosen.share();
        long richWeight = 0;
        for (int g : profile.supporters[j]) {
            if (!exhausted[g]) {
                richWeight += profile.weight[g];
                budget[g] = Math.max(0, budget[g] - share);
            }
        }
        budgetError = (budgetError + chosen.shareError() + U * endowmentApprox) * INFLATE;
        selectionRank[j] = rank;
        selections.add(new Selection(j, richWeight, chosen.poorGroups()));
        status[j] = SELECTED;
        caps.take(j, profile.cost[j]);
    }

    /** The equal share of project {@code j} now, or {@code null} when its supporters cannot afford it. */
    private Evaluation evaluate(int j) {
        long active = activeWeight[j];
        if (!fast || active == 0) {
            return active == 0 ? null : exactEvaluation(j);
        }
        stamp++;
        double cost = profile.cost[j];
        int[] supporters = profile.supporters[j];
        long richWeight = active;
        double share = cost / richWeight;
        double shareError = U * share * INFLATE;
        double margin = shareError + budgetError + 4 * U * (share + endowmentApprox);
        double surelyPoorBelow = share - margin;
        double surelyRichFrom = share + margin;
        double money = 0;
        double paid = 0;
        int terms = 0;
        int poorCount = 0;
        boolean uncertain = false;
        for (int g : supporters) {
            if (exhausted[g]) {
                continue;
            }
            double b = budget[g];
            double w = weight[g];
            money += w * b;
            terms++;
            if (b < surelyPoorBelow) {
                poorStamp[g] = stamp;
                paid += w * b;
                poorCount++;
                richWeight -= profile.weight[g];
            } else if (b < surelyRichFrom) {
                uncertain = true;
            }
        }
        double moneyError = (active * budgetError + gamma(terms + 3) * money) * INFLATE + 4 * U * (money + cost);
        if (money + moneyError < cost) {
            return null;
        }
        if (uncertain || money - moneyError < cost) {
            return exactEvaluation(j);
        }
        int poorAtLastPass = 0;
        while (poorCount > poorAtLastPass) {
            if (richWeight == 0) {
                return exactEvaluation(j);
            }
            poorAtLastPass = poorCount;
            double paidError = (active - richWeight) * budgetError + gamma(poorCount + 3) * paid;
            double numerator = cost - paid;
            share = numerator / richWeight;
            shareError = ((paidError + U * Math.abs(numerator)) / richWeight + U * share) * INFLATE;
            margin = shareError + budgetError + 4 * U * (share + endowmentApprox);
            surelyPoorBelow = share - margin;
            surelyRichFrom = share + margin;
            for (int g : supporters) {
                if (exhausted[g] || poorStamp[g] == stamp) {
                    continue;
                }
                double b = budget[g];
                if (b < surelyPoorBelow) {
                    poorStamp[g] = stamp;
                    paid += weight[g] * b;
                    poorCount++;
                    richWeight -= profile.weight[g];
                } else if (b < surelyRichFrom) {
                    return exactEvaluation(j);
                }
            }
        }
        int[] poor = poorCount == 0 ? NONE : marked(supporters, poorCount);
        if (!costUtility) {
            return new Evaluation(j, share, shareError, share, shareError + 4 * U * share, poor, null);
        }
        double ratio = share / cost;
        return new Evaluation(j, share, shareError, ratio, (shareError / cost + U * ratio) * INFLATE + 4 * U * ratio,
                poor, null);
    }

    /** The supporters marked with the current stamp. */
    private int[] marked(int[] supporters, int count) {
        int[] poor = new int[count];
        int i = 0;
        for (int g : supporters) {
            if (!exhausted[g] && poorStamp[g] == stamp) {
                poor[i++] = g;
            }
        }
        return poor;
    }

    /** γ(n) = n·u / (1 − n·u): the relative error of a sum of n non-negative terms in doubles. */
    private static double gamma(int n) {
        return n * U / (1 - n * U);
    }

    /** As {@link #evaluate}, in exact integers over the ledger's common denominator. */
    private Evaluation exactEvaluation(int j) {
        stamp++;
        ExactLedger exact = ledger();
        List<Integer> groups = new ArrayList<>();
        List<BigInteger> budgets = new ArrayList<>();
        BigInteger money = BigInteger.ZERO;
        for (int g : profile.supporters[j]) {
            if (!exhausted[g]) {
                BigInteger budget = exact.budget(g, selections.size(), selectionRank, exhaustedAt);
                groups.add(g);
                budgets.add(budget);
                money = money.add(budget.multiply(exact.weight(g)));
            }
        }
        BigInteger remaining = BigInteger.valueOf(profile.cost[j]).multiply(exact.scale());
        if (money.compareTo(remaining) < 0) {
            return null;
        }
        Integer[] order = new Integer[groups.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(budgets::get));
        long richWeight = activeWeight[j];
        int poorCount = 0;
        for (int i : order) {
            // the equal share remaining / richWeight is more than this budget: the group pays all it has
            if (remaining.compareTo(budgets.get(i).multiply(BigInteger.valueOf(richWeight))) <= 0) {
                break;
            }
            poorStamp[groups.get(i)] = stamp;
            poorCount++;
            remaining = remaining.subtract(budgets.get(i).multiply(exact.weight(groups.get(i))));
            richWeight -= profile.weight[groups.get(i)];
        }
        if (richWeight == 0) {
            throw new IllegalStateException("affordable project without a paying supporter");
        }
        Fraction share = Fraction.of(remaining, exact.scale().multiply(BigInteger.valueOf(richWeight)));
        Fraction ratio = costUtility ? share.divide(profile.cost[j]) : share;
        double shareApprox = share.approximate();
        double ratioApprox = ratio.approximate();
        int[] poor = poorCount == 0 ? NONE : marked(profile.supporters[j], poorCount);
        return new Evaluation(j, shareApprox, 2 * Math.ulp(shareApprox), ratioApprox,
                2 * Math.ulp(ratioApprox) + 4 * U * ratioApprox, poor, share);
    }

    /** The exact money of this run, up to date with the purchases made so far. */
    ExactLedger ledger() {
        if (ledger == null) {
            ledger = new ExactLedger(profile, endowment);
        }
        ledger.catchUp(selections, selectionRank, exhaustedAt);
        return ledger;
    }

    /** The projects bought, in order. */
    int[] winners() {
        return selections.stream().mapToInt(Selection::project).toArray();
    }

    long totalCost() {
        long total = 0;
        for (Selection selection : selections) {
            total += profile.cost[selection.project()];
        }
        return total;
    }

    boolean isSelected(int project) {
        return status[project] == SELECTED;
    }

    boolean isCapped(int project) {
        return status[project] == CAPPED;
    }
}
