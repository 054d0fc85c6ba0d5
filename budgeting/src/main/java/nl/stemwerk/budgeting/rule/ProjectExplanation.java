package nl.stemwerk.budgeting.rule;

import java.util.List;
import java.util.Optional;

import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.money.Fraction;
import nl.stemwerk.budgeting.money.Money;

/**
 * Why a project was or was not funded, in numbers. Amounts per voter are exact fractions of cents;
 * {@code nl.stemwerk.budgeting.explain.DutchExplanations} writes them out for residents.
 */
public sealed interface ProjectExplanation {

    Project project();

    boolean funded();

    /**
     * Bought by its supporters in round {@code round} of the Method of Equal Shares.
     *
     * @param round            1-based round of the run that was kept
     * @param sharePerVoter    what each supporter who could afford it paid, in cents
     * @param fullPayers       how many supporters paid that share
     * @param partialPayers    supporters who had less left and paid all they had, grouped by amount, highest first
     * @param perUnitOfUtility the share divided by the utility of the project to one supporter (its cost, or 1):
     *                         the number the rule minimises each round
     */
    record FundedByEqualShares(Project project, int round, Fraction sharePerVoter, long fullPayers,
                               List<Payment> partialPayers, Fraction perUnitOfUtility) implements ProjectExplanation {
        public FundedByEqualShares {
            partialPayers = List.copyOf(partialPayers);
        }

        @Override
        public boolean funded() {
            return true;
        }

        /** Everything the supporters paid together: the cost of the project. */
        public Fraction totalPaid() {
            Fraction total = sharePerVoter.multiply(fullPayers);
            for (Payment payment : partialPayers) {
                total = total.add(payment.amountPerVoter().multiply(payment.voters()));
            }
            return total;
        }
    }

    /**
     * A group of voters who paid the same amount.
     *
     * @param amountPerVoter in cents
     * @param voters         how many
     */
    record Payment(Fraction amountPerVoter, long voters) {
    }

    /**
     * Its supporters did not have enough money left in the Method of Equal Shares.
     *
     * @param supporters          how many residents chose it
     * @param supportersMoneyLeft what they had left together at the end of the run that was kept, in cents;
     *                            always less than the cost
     * @param moneyLeftAfterGreedy when greedy ran afterwards: the budget that was still unspent, too little as well
     */
    record NotAffordable(Project project, long supporters, Fraction supportersMoneyLeft,
                         Optional<Money> moneyLeftAfterGreedy) implements ProjectExplanation {
        @Override
        public boolean funded() {
            return false;
        }
    }

    /**
     * Funded by greedy: in order of support, it still fit.
     *
     * @param position       place in the order of support, 1 = most
     * @param spentBefore    what was already spent when its turn came
     * @param spentAfter     spentBefore plus its cost
     * @param inLeftoverPass funded from money left after Equal Shares, or after the capped pass
     */
    record FundedByGreedy(Project project, int position, Money spentBefore, Money spentAfter,
                          boolean inLeftoverPass) implements ProjectExplanation {
        @Override
        public boolean funded() {
            return true;
        }
    }

    /**
     * Skipped by greedy: when its turn came, less money was left than it costs.
     *
     * @param position  place in the order of support, 1 = most
     * @param moneyLeft the budget not yet spent at its turn
     */
    record SkippedByGreedy(Project project, int position, Money moneyLeft) implements ProjectExplanation {
        @Override
        public boolean funded() {
            return false;
        }
    }

    /**
     * It would have gone over the cap of its category or neighbourhood.
     *
     * @param kind     category or neighbourhood
     * @param group    the name of the category or neighbourhood
     * @param capLeft  what that cap still allowed when it was its turn
     */
    record ExceedsCap(Project project, CapKind kind, String group, Money capLeft) implements ProjectExplanation {
        @Override
        public boolean funded() {
            return false;
        }
    }

    /** Nobody chose it. */
    record NoSupport(Project project) implements ProjectExplanation {
        @Override
        public boolean funded() {
            return false;
        }
    }
}
