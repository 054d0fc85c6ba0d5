package nl.stemwerk.budgeting.rule;

import java.util.Objects;
import java.util.Set;

/**
 * The Method of Equal Shares ("methode van gelijke delen", equalshares.net; Peters, Pierczyński and Skowron,
 * NeurIPS 2021): every voter gets an equal part of the budget, and a project is bought by its supporters, who share
 * its cost as equally as their money allows. Each round buys the project that costs its supporters the least per
 * unit of {@link Utility}.
 *
 * @param utility    what a funded project is worth to a supporter
 * @param completion how money left over by plain MES is spent by raising the voters' endowment
 * @param thenGreedy after that, fund more projects by votes from the money still left ("Add1u")
 * @param caps       caps that a funded project must fit in
 */
public record EqualSharesRule(Utility utility, Completion completion, boolean thenGreedy, Set<CapKind> caps)
        implements RuleVariant {

    /** What a funded project is worth to a supporter. */
    public enum Utility {
        /** Its cost: the standard for budgets (equalshares.net, pabutools {@code Cost_Sat}). */
        COST,
        /** One per project, whatever it costs (pabutools {@code Cardinality_Sat}); a different rule. */
        CARDINALITY
    }

    /** The equalshares compute tool's default: Add1 from floor(B/n), stop when exhaustive, then greedy. */
    public static final EqualSharesRule EQUALSHARES_TOOL_DEFAULT = new EqualSharesRule(Utility.COST,
            new Completion.Add1(Completion.Start.INTEGRAL, true), true, Set.of());

    /** What decided Wieliczka's Zielony Milion 2023: Add1 from floor(B/n), without the exhaustive stop. */
    public static final EqualSharesRule WIELICZKA_2023 = new EqualSharesRule(Utility.COST,
            new Completion.Add1(Completion.Start.INTEGRAL, false), false, Set.of());

    public EqualSharesRule {
        Objects.requireNonNull(utility, "utility");
        Objects.requireNonNull(completion, "completion");
        caps = CapKind.copyOf(caps);
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
