package nl.stemwerk.app.budget;

import java.util.List;
import java.util.Set;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.rule.CapKind;
import nl.stemwerk.budgeting.rule.EqualSharesRule;
import nl.stemwerk.budgeting.rule.GreedyRule;
import nl.stemwerk.budgeting.rule.RuleVariant;
import nl.stemwerk.app.platform.web.InvalidInput;

/**
 * The rules the griffie chooses from, as budgeting rule ids without caps. The caps of a budget are added to the
 * chosen rule ({@link #withCaps}), so the stored count always names the exact variant that decided it.
 */
public final class RulePresets {
    /** Equal Shares with Add1 and then greedy: the equalshares.net compute tool's default ("add1u"). */
    public static final String EQUAL_SHARES = "mes/cost/add1-integral/exhaustive-stop/then-greedy/v1";
    /** Equal Shares with Add1 without the exhaustive stop, as Wieliczka decided its 2023 budget. */
    public static final String EQUAL_SHARES_WIELICZKA = "mes/cost/add1-integral/no-stop/v1";
    /** Most votes first, what most cities use. */
    public static final String GREEDY = "greedy/votes/v1";

    /** In the order the set-up page offers them; the first is the default. */
    public static final List<String> ALL = List.of(EQUAL_SHARES, EQUAL_SHARES_WIELICZKA, GREEDY);

    private RulePresets() {
    }

    /**
     * Reads a rule id for a budget: a known variant without caps, for approval ballots (greedy by votes or Equal
     * Shares).
     *
     * @throws InvalidInput on field {@code ruleId} otherwise
     */
    public static RuleVariant parse(String id) {
        RuleVariant variant;
        try {
            variant = RuleVariant.parse(id == null ? "" : id);
        } catch (BudgetingException e) {
            throw InvalidInput.of("ruleId", e.getMessage());
        }
        if (!variant.caps().isEmpty()) {
            throw InvalidInput.of("ruleId", "Kies de rekenregel zonder maxima. De maxima per buurt en thema zet u"
                    + " bij de buurten en thema's; Stemwerk voegt ze dan zelf aan de regel toe.");
        }
        if (variant instanceof GreedyRule greedy && greedy.measure() != GreedyRule.Measure.VOTES) {
            throw InvalidInput.of("ruleId", "Bij een burgerbegroting kiezen inwoners projecten; tellen op punten"
                    + " kan daarom niet. Kies een regel die op stemmen telt.");
        }
        return variant;
    }

    /** The rule with caps of the given kinds; without kinds the rule itself. */
    public static RuleVariant withCaps(RuleVariant rule, Set<CapKind> caps) {
        if (caps.isEmpty()) {
            return rule;
        }
        return switch (rule) {
            case GreedyRule greedy -> new GreedyRule(greedy.measure(), caps, greedy.leftoverWithoutCaps());
            case EqualSharesRule mes -> new EqualSharesRule(mes.utility(), mes.completion(), mes.thenGreedy(), caps);
        };
    }
}
