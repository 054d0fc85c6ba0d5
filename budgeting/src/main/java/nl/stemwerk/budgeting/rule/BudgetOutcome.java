package nl.stemwerk.budgeting.rule;

import java.util.List;

/** What a count gives: a result, or the news that a lot must be drawn first. */
public sealed interface BudgetOutcome permits BudgetOutcome.Decided, BudgetOutcome.LotRequired {

    /** The count is done. */
    record Decided(BudgetResult result) implements BudgetOutcome {
    }

    /**
     * Projects tied on share, cost and supporters, and no lot was given. Draw one in public
     * ({@link Lot#fromSeed}) and count again with it; nothing of this count is kept.
     *
     * @param variant        the rule that was counting
     * @param tiedProjectIds the projects that tied
     * @param dutchMessage   what to tell the official
     */
    record LotRequired(RuleVariant variant, List<String> tiedProjectIds, String dutchMessage)
            implements BudgetOutcome {
        public LotRequired {
            tiedProjectIds = List.copyOf(tiedProjectIds);
        }
    }

    /** The result, or an exception with the Dutch message when a lot was needed. */
    default BudgetResult orElseThrow() {
        return switch (this) {
            case Decided decided -> decided.result();
            case LotRequired lot -> throw new IllegalStateException(lot.dutchMessage());
        };
    }
}
