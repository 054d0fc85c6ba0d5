package nl.stemwerk.budgeting.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;

/**
 * The grammar of rule ids, one segment per choice, always in this order:
 * <pre>
 * greedy/{votes|points}[/caps-{category|neighbourhood|category+neighbourhood}][/leftover-uncapped]/v1
 * mes/{cost|cardinality}/{none|add1-{integral|exact}/{exhaustive-stop|no-stop}}[/then-greedy][/caps-…]/v1
 * </pre>
 */
final class RuleVariantIds {

    private RuleVariantIds() {
    }

    static String id(GreedyRule rule) {
        List<String> parts = new ArrayList<>(List.of("greedy", part(rule.measure())));
        addCaps(rule.caps(), parts);
        if (rule.leftoverWithoutCaps()) {
            parts.add("leftover-uncapped");
        }
        parts.add(RuleVariant.VERSION);
        return String.join("/", parts);
    }

    static String id(EqualSharesRule rule) {
        List<String> parts = new ArrayList<>(List.of("mes", part(rule.utility())));
        switch (rule.completion()) {
            case Completion.None none -> parts.add("none");
            case Completion.Add1 add1 -> {
                parts.add("add1-" + part(add1.start()));
                parts.add(add1.exhaustiveStop() ? "exhaustive-stop" : "no-stop");
            }
        }
        if (rule.thenGreedy()) {
            parts.add("then-greedy");
        }
        addCaps(rule.caps(), parts);
        parts.add(RuleVariant.VERSION);
        return String.join("/", parts);
    }

    static RuleVariant parse(String id) {
        List<String> parts = List.of(id.strip().split("/", -1));
        if (parts.size() < 3 || !parts.getLast().equals(RuleVariant.VERSION)) {
            throw unknown(id);
        }
        Cursor cursor = new Cursor(parts.subList(0, parts.size() - 1), id);
        RuleVariant variant = switch (cursor.next()) {
            case "greedy" -> greedy(cursor);
            case "mes" -> equalShares(cursor);
            default -> throw unknown(id);
        };
        if (cursor.hasNext() || !variant.id().equals(id.strip())) {
            throw unknown(id);
        }
        return variant;
    }

    private static GreedyRule greedy(Cursor cursor) {
        GreedyRule.Measure measure = switch (cursor.next()) {
            case "votes" -> GreedyRule.Measure.VOTES;
            case "points" -> GreedyRule.Measure.POINTS;
            default -> throw cursor.unknown();
        };
        Set<CapKind> caps = caps(cursor);
        boolean leftover = cursor.take("leftover-uncapped");
        return new GreedyRule(measure, caps, leftover);
    }

    private static EqualSharesRule equalShares(Cursor cursor) {
        EqualSharesRule.Utility utility = switch (cursor.next()) {
            case "cost" -> EqualSharesRule.Utility.COST;
            case "cardinality" -> EqualSharesRule.Utility.CARDINALITY;
            default -> throw cursor.unknown();
        };
        String completionPart = cursor.next();
        Completion completion;
        if (completionPart.equals("none")) {
            completion = new Completion.None();
        } else {
            Completion.Start start = switch (completionPart) {
                case "add1-integral" -> Completion.Start.INTEGRAL;
                case "add1-exact" -> Completion.Start.EXACT;
                default -> throw cursor.unknown();
            };
            boolean stop = switch (cursor.next()) {
                case "exhaustive-stop" -> true;
                case "no-stop" -> false;
                default -> throw cursor.unknown();
            };
            completion = new Completion.Add1(start, stop);
        }
        boolean thenGreedy = cursor.take("then-greedy");
        return new EqualSharesRule(utility, completion, thenGreedy, caps(cursor));
    }

    private static Set<CapKind> caps(Cursor cursor) {
        if (!cursor.hasNext() || !cursor.peek().startsWith("caps-")) {
            return Set.of();
        }
        Set<CapKind> caps = EnumSet.noneOf(CapKind.class);
        for (String kind : cursor.next().substring("caps-".length()).split("\\+")) {
            caps.add(switch (kind) {
                case "category" -> CapKind.CATEGORY;
                case "neighbourhood" -> CapKind.NEIGHBOURHOOD;
                default -> throw cursor.unknown();
            });
        }
        return caps;
    }

    private static void addCaps(Set<CapKind> caps, List<String> parts) {
        if (!caps.isEmpty()) {
            parts.add("caps-" + String.join("+", EnumSet.copyOf(caps).stream().map(RuleVariantIds::part).toList()));
        }
    }

    /** An enum constant as it appears in an id: its name in lower case. */
    private static String part(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static BudgetingException unknown(String id) {
        return new BudgetingException(BudgetingError.UNKNOWN_RULE_VARIANT, "'" + id
                + "' is geen bekende rekenregel. Een voorbeeld van een goede: mes/cost/add1-integral/exhaustive-stop/v1.");
    }

    /** Walks the segments of an id. */
    private static final class Cursor {
        private final List<String> parts;
        private final String id;
        private int position;

        Cursor(List<String> parts, String id) {
            this.parts = parts;
            this.id = id;
        }

        boolean hasNext() {
            return position < parts.size();
        }

        String peek() {
            return parts.get(position);
        }

        String next() {
            if (!hasNext()) {
                throw unknown();
            }
            return parts.get(position++);
        }

        boolean take(String part) {
            if (hasNext() && peek().equals(part)) {
                position++;
                return true;
            }
            return false;
        }

        BudgetingException unknown() {
            return RuleVariantIds.unknown(id);
        }
    }
}
