package nl.stemwerk.budgeting.rule;

import java.util.Set;

/**
 * The exact rule that decided a result, as a value that prints as a stable id such as
 * {@code mes/cost/add1-integral/exhaustive-stop/v1}. Store the id with every result: with the same input, the same
 * id and the same {@link Lot} the result can be computed again, years later.
 *
 * <p>The final {@code v1} fixes what the id does not spell out: ties go to the lowest cost, then the most
 * supporters, then the lot; all money is exact (whole cents in, exact fractions inside); Add1 steps by one currency
 * unit per voter; only projects with a cost and at least one supporter can be funded. See the module README.
 */
public sealed interface RuleVariant permits GreedyRule, EqualSharesRule {

    /** The version of the definitions behind every id. */
    String VERSION = "v1";

    /** The stable id, e.g. {@code greedy/votes/v1}. */
    String id();

    /** The caps this rule applies. */
    Set<CapKind> caps();

    /** Reads an id written by {@link #id()}. */
    static RuleVariant parse(String id) {
        return RuleVariantIds.parse(id);
    }
}
