package nl.stemwerk.app.budget.cli;

import java.util.Locale;
import java.util.Set;
import nl.stemwerk.app.platform.cli.BadInput;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.rule.Completion;
import nl.stemwerk.budgeting.rule.EqualSharesRule;
import nl.stemwerk.budgeting.rule.GreedyRule;
import nl.stemwerk.budgeting.rule.RuleVariant;

/**
 * The rule of {@code stemwerk pb run} from its options: {@code --rule mes|greedy|<full id>} and, for {@code mes},
 * {@code --completion add1u|add1|none}. Without {@code --rule}, a Stemwerk rule id in the file's META {@code rule}
 * (as Stemwerk's own exports carry) is used, so a published result recomputes without options; otherwise the
 * equalshares compute tool's default (MES, Add1, then greedy).
 */
final class PbRules {
    private PbRules() {
    }

    static RuleVariant choose(String rule, String completion, String ruleInFile) throws BadInput {
        if (rule == null) {
            if (completion == null && ruleInFile != null && ruleInFile.contains("/v")) {
                return parse(ruleInFile, "rule");
            }
            rule = "mes";
        }
        return switch (rule.toLowerCase(Locale.ROOT)) {
            case "mes" -> new EqualSharesRule(EqualSharesRule.Utility.COST, completion(completion),
                    completion == null || completion.equalsIgnoreCase("add1u"), Set.of());
            case "greedy" -> {
                if (completion != null) {
                    throw new BadInput("COMPLETION_WITHOUT_MES", "--completion",
                            "--completion hoort bij --rule mes, niet bij greedy.");
                }
                yield GreedyRule.BY_VOTES;
            }
            default -> parse(rule, "--rule");
        };
    }

    private static Completion completion(String completion) throws BadInput {
        String value = completion == null ? "add1u" : completion.toLowerCase(Locale.ROOT);
        return switch (value) {
            case "add1", "add1u" -> new Completion.Add1(Completion.Start.INTEGRAL, true);
            case "none" -> new Completion.None();
            default -> throw new BadInput("UNKNOWN_COMPLETION", "--completion", "De aanvulling '"
                    + completion + "' kennen we niet. Kies add1u (Add1, daarna op stemmen), add1 of none.");
        };
    }

    private static RuleVariant parse(String id, String field) throws BadInput {
        try {
            return RuleVariant.parse(id);
        } catch (BudgetingException e) {
            throw new BadInput("UNKNOWN_RULE", field, "De rekenregel '" + id + "' kennen we niet. Kies mes,"
                    + " greedy of een volledige Stemwerk-regel zoals greedy/votes/v1. " + e.getMessage());
        }
    }
}
