package nl.stemwerk.sortition.selection;

import java.util.List;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.quota.QuotaWidening;

/** What computing a lottery gave: a lottery, advice to widen the quotas, or a stop on request. */
public sealed interface SelectionOutcome {

    /**
     * The lottery is ready to be published and drawn from; the statistics tell how much work it took, the
     * optimality whether a time budget cut the computation short.
     */
    record Computed(Lottery lottery, SelectionStatistics statistics, Optimality optimality)
            implements SelectionOutcome {
        /** A finished computation: optimal. */
        public Computed(Lottery lottery, SelectionStatistics statistics) {
            this(lottery, statistics, Optimality.proven(lottery.fairness().minimum()));
        }
    }

    /**
     * No panel meets the quotas.
     *
     * @param reasons problems that are visible per category (the minimums add up to more than the panel size,
     *                or the maximums to less), in Dutch
     * @param advice  the smallest widening that makes a panel possible, in Dutch via
     *                {@link QuotaWidening#message()}
     */
    record InfeasibleQuotas(List<Problem> reasons, List<QuotaWidening> advice) implements SelectionOutcome {
        public InfeasibleQuotas {
            reasons = List.copyOf(reasons);
            advice = List.copyOf(advice);
        }

        /** The whole advice as Dutch text, one sentence per line. */
        public String message() {
            StringBuilder text = new StringBuilder("Met deze quota is geen panel mogelijk.");
            reasons.forEach(reason -> text.append('\n').append(reason.message()));
            text.append("\nDe kleinste aanpassing die wel werkt:");
            advice.forEach(widening -> text.append("\n- ").append(widening.message()));
            return text.toString();
        }
    }

    /** The caller cancelled; pass the checkpoint back in to continue where it stopped. */
    record Cancelled(Checkpoint checkpoint) implements SelectionOutcome {
    }
}
