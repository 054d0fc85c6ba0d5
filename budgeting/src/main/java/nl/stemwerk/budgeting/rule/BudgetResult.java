package nl.stemwerk.budgeting.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.stemwerk.budgeting.money.Money;

/**
 * The decided participatory budget.
 *
 * @param variant      the exact rule; print {@link RuleVariant#id()} with the result
 * @param lot          the lot that was available (possibly {@link Lot#NONE})
 * @param budget       the money to spend
 * @param currency     ISO code, for display
 * @param winners      funded project ids in the order they were chosen
 * @param totalCost    what the winners cost together; never more than the budget
 * @param endowment    for Equal Shares: the money per voter
 * @param tieBreaks    every tie that mattered and how it was broken
 * @param explanations one per project, in the order of the election's projects
 */
public record BudgetResult(RuleVariant variant, Lot lot, Money budget, String currency, List<String> winners,
                           Money totalCost, Optional<Endowment> endowment, List<TieBreak> tieBreaks,
                           List<ProjectExplanation> explanations) {

    public BudgetResult {
        Objects.requireNonNull(variant, "variant");
        winners = List.copyOf(winners);
        tieBreaks = List.copyOf(tieBreaks);
        explanations = List.copyOf(explanations);
    }

    /** The explanation for one project. */
    public Optional<ProjectExplanation> explanation(String projectId) {
        return explanations.stream().filter(e -> e.project().id().equals(projectId)).findFirst();
    }
}
