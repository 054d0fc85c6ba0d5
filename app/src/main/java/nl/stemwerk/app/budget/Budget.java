package nl.stemwerk.app.budget;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import nl.stemwerk.budgeting.rule.CapKind;
import nl.stemwerk.budgeting.rule.RuleVariant;

/**
 * A burgerbegroting as stored.
 *
 * @param id          database id
 * @param settings    what the griffie set
 * @param phase       where the process is
 * @param version     for optimistic locking: a change names the version it was made on
 */
public record Budget(long id, BudgetSettings settings, BudgetPhase phase, int version) {

    public String name() {
        return settings.name();
    }

    public Money amount() {
        return settings.amount();
    }

    public List<BudgetGroup> areas() {
        return settings.groups().stream().filter(g -> g.kind() == GroupKind.AREA).toList();
    }

    public List<BudgetGroup> categories() {
        return settings.groups().stream().filter(g -> g.kind() == GroupKind.CATEGORY).toList();
    }

    /** Settings and projects can change until voting opens. */
    public boolean editable() {
        return phase == BudgetPhase.PREPARATION || phase == BudgetPhase.SUBMISSION || phase == BudgetPhase.REVIEW;
    }

    /**
     * What a valid ballot is: at least one project and at most the maximum; with knapsack voting also at most the
     * budget in total.
     */
    public BallotRules ballotRules() {
        Integer max = settings.maxProjects();
        BallotRules rules = BallotRules.NONE.withLength(Math.max(1, settings.minProjects()),
                max == null ? Integer.MAX_VALUE : max);
        return settings.method() == VotingMethod.KNAPSACK ? rules.withSumCost(Money.ZERO, amount()) : rules;
    }

    /** The caps per area and per category that are set. */
    public BudgetCaps caps() {
        return new BudgetCaps(capsOf(categories()), capsOf(areas()));
    }

    /** The exact rule: the chosen one plus a cap for every kind of group that has one. */
    public RuleVariant variant() {
        Set<CapKind> kinds = EnumSet.noneOf(CapKind.class);
        settings.groups().stream().filter(BudgetGroup::hasCap).forEach(g -> kinds.add(g.kind().capKind()));
        return RulePresets.withCaps(RulePresets.parse(settings.ruleId()), kinds);
    }

    private static Map<String, Money> capsOf(List<BudgetGroup> groups) {
        Map<String, Money> caps = new LinkedHashMap<>();
        groups.stream().filter(BudgetGroup::hasCap).forEach(g -> caps.put(g.name(), g.cap()));
        return caps;
    }
}
