package nl.stemwerk.budgeting.rule.internal;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.rule.BudgetOutcome;
import nl.stemwerk.budgeting.rule.EqualSharesRule;
import nl.stemwerk.budgeting.rule.GreedyRule;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.RuleVariant;

/** Runs a rule variant on an election. Not for use outside this module: call {@code BudgetRules}. */
public final class Counting {

    private Counting() {
    }

    /**
     * @param allowFast {@code false} takes every decision with exact fractions; results are the same, which tests
     *                  check
     */
    public static BudgetOutcome count(BudgetElection election, RuleVariant variant, Lot lot, boolean allowFast) {
        check(election, variant);
        Profile profile = Profile.of(election);
        try {
            return new BudgetOutcome.Decided(switch (variant) {
                case GreedyRule greedy -> GreedyComputation.compute(profile, greedy, lot);
                case EqualSharesRule mes -> EqualSharesComputation.compute(profile, mes, lot, allowFast);
            });
        } catch (LotRequiredSignal signal) {
            return new BudgetOutcome.LotRequired(variant, signal.tiedProjectIds(), "De projecten "
                    + String.join(", ", signal.tiedProjectIds()) + " staan precies gelijk: even duur, even veel "
                    + "stemmen en even goed volgens de rekenregel. Trek in het openbaar een loting en reken opnieuw.");
        }
    }

    private static void check(BudgetElection election, RuleVariant variant) {
        VoteType type = election.voteType();
        switch (variant) {
            case EqualSharesRule mes when type != VoteType.APPROVAL -> throw new BudgetingException(
                    BudgetingError.RULE_NEEDS_APPROVAL_BALLOTS, "De methode van gelijke delen werkt hier alleen met "
                    + "stemmen waarbij kiezers projecten aanvinken (approval), niet met " + type.pbName() + ".");
            case GreedyRule greedy when greedy.measure() == GreedyRule.Measure.POINTS && !type.hasPoints() ->
                    throw new BudgetingException(BudgetingError.RULE_NEEDS_POINTS, "Tellen op punten kan alleen als "
                            + "kiezers punten gaven (cumulative of scoring), niet bij " + type.pbName() + ".");
            case GreedyRule greedy when type == VoteType.ORDINAL -> throw new BudgetingException(
                    BudgetingError.RULE_NEEDS_APPROVAL_BALLOTS, "Tellen op stemmen werkt niet met rangschikkingen "
                    + "(ordinal). Gebruik daarvoor een preferendum met Borda.");
            default -> {
            }
        }
    }
}
