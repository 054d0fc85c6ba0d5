package nl.stemwerk.budgeting.rule;

import java.util.Objects;
import java.util.Set;

import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;

/**
 * Greedy by votes ("standaardmethode"), what most cities use: projects in order of support; each one that still
 * fits is funded, one that does not fit is skipped and the next one is tried.
 *
 * @param measure             what orders the projects
 * @param caps                caps that a funded project must fit in
 * @param leftoverWithoutCaps after the capped pass, fund more projects in the same order from the money left, now
 *                            without caps (Amsterdam: "Fund additional projects that fit within leftover budget
 *                            ordered by score")
 */
public record GreedyRule(Measure measure, Set<CapKind> caps, boolean leftoverWithoutCaps) implements RuleVariant {

    /** What orders the projects. */
    public enum Measure {
        /** The number of residents who chose the project. */
        VOTES,
        /** The total points of cumulative or scoring ballots. */
        POINTS
    }

    /** {@code greedy/votes/v1}. */
    public static final GreedyRule BY_VOTES = new GreedyRule(Measure.VOTES, Set.of(), false);

    public GreedyRule {
        Objects.requireNonNull(measure, "measure");
        caps = CapKind.copyOf(caps);
        if (leftoverWithoutCaps && caps.isEmpty()) {
            throw new BudgetingException(BudgetingError.UNKNOWN_RULE_VARIANT,
                    "Een tweede ronde zonder maxima heeft alleen zin als de eerste ronde maxima gebruikt.");
        }
    }

    @Override
    public String id() {
        return RuleVariantIds.id(this);
    }

    @Override
    public String toString() {
        return id();
    }
}
