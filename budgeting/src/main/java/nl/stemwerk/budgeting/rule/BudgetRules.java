package nl.stemwerk.budgeting.rule;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.rule.internal.Counting;

/**
 * Decides a participatory budget: which projects are funded, why, and by which exact rule.
 *
 * <pre>{@code
 * BudgetOutcome outcome = BudgetRules.compute(election, EqualSharesRule.EQUALSHARES_TOOL_DEFAULT,
 *         Lot.fromSeed("4-1-6-6-2", projectIds));
 * BudgetResult result = outcome.orElseThrow();
 * }</pre>
 */
public final class BudgetRules {

    private BudgetRules() {
    }

    /**
     * Counts the election with the rule; uses the lot only for ties on share, cost and supporters.
     *
     * @throws nl.stemwerk.budgeting.election.BudgetingException when the rule does not fit the ballots (for example
     *                                                           Equal Shares on ranked ballots) or its caps are not
     *                                                           set
     */
    public static BudgetOutcome compute(BudgetElection election, RuleVariant variant, Lot lot) {
        return Counting.count(election, variant, lot, true);
    }

    /** Counts without a lot: a tie that needs one gives {@link BudgetOutcome.LotRequired}. */
    public static BudgetOutcome compute(BudgetElection election, RuleVariant variant) {
        return compute(election, variant, Lot.NONE);
    }
}
