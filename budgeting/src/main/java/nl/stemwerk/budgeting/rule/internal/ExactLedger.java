package nl.stemwerk.budgeting.rule.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import nl.stemwerk.budgeting.money.Fraction;

/**
 * The exact money of a run of Equal Shares, kept as integers over one common denominator so that no step needs a
 * greatest common divisor. Every voter budget is the endowment minus the shares of the projects the voter paid
 * for (or zero after paying all that was left), and every share follows from the budgets before it; so the shares
 * alone, in order, determine everything. Built only when a decision or an explanation needs exact values.
 */
final class ExactLedger {

    private final Profile profile;
    /** The common denominator D. */
    private BigInteger scale;
    /** The endowment per voter times D. */
    private BigInteger endowment;
    /** The share of each purchase times D. */
    private final List<BigInteger> shares = new ArrayList<>();

    ExactLedger(Profile profile, Fraction endowment) {
        this.profile = profile;
        this.scale = endowment.denominator();
        this.endowment = endowment.numerator();
    }

    /** Adds the shares of the purchases made since the last call. */
    void catchUp(List<EqualSharesRun.Selection> selections, int[] selectionRank, int[] exhaustedAt) {
        while (shares.size() < selections.size()) {
            int rank = shares.size();
            EqualSharesRun.Selection selection = selections.get(rank);
            BigInteger paid = BigInteger.ZERO;
            for (int g : selection.poorGroups()) {
                paid = paid.add(budget(g, rank, selectionRank, exhaustedAt).multiply(weight(g)));
            }
            BigInteger remaining = BigInteger.valueOf(profile.cost[selection.project()]).multiply(scale).subtract(paid);
            long divisor = selection.richWeight();
            long common = gcd(remaining.mod(BigInteger.valueOf(divisor)).longValue(), divisor);
            BigInteger factor = BigInteger.valueOf(divisor / common);
            if (!factor.equals(BigInteger.ONE)) {
                scale = scale.multiply(factor);
                endowment = endowment.multiply(factor);
                shares.replaceAll(share -> share.multiply(factor));
            }
            shares.add(remaining.divide(BigInteger.valueOf(common)));
        }
    }

    /** Group {@code g}'s money per voter before the {@code rank}-th purchase, times {@link #scale()}. */
    BigInteger budget(int g, int rank, int[] selectionRank, int[] exhaustedAt) {
        if (exhaustedAt[g] < rank) {
            return BigInteger.ZERO;
        }
        BigInteger budget = endowment;
        for (int p : profile.groupProjects[g]) {
            int r = selectionRank[p];
            if (r >= 0 && r < rank) {
                budget = budget.subtract(shares.get(r));
            }
        }
        return budget;
    }

    BigInteger scale() {
        return scale;
    }

    BigInteger scaledEndowment() {
        return endowment;
    }

    BigInteger scaledShare(int rank) {
        return shares.get(rank);
    }

    Fraction share(int rank) {
        return Fraction.of(shares.get(rank), scale);
    }

    BigInteger weight(int g) {
        return BigInteger.valueOf(profile.weight[g]);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }
}
