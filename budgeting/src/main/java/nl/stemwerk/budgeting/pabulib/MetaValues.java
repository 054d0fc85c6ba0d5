package nl.stemwerk.budgeting.pabulib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.money.MoneyFormatException;

/** Reads typed values out of META; one place for the rules, used by the reader and by {@link PbFile}. */
final class MetaValues {

    static final List<String> REQUIRED = List.of("budget", "num_projects", "num_votes", "vote_type");
    static final List<String> RECOMMENDED = List.of("description", "country", "unit", "instance", "rule");

    private MetaValues() {
    }

    static Money amount(String field, String raw) throws PbValueException {
        try {
            Money money = Money.parse(raw);
            if (money.isNegative()) {
                throw new PbValueException(PbProblemCode.NEGATIVE_AMOUNT,
                        field + " is " + raw.strip() + ". Een bedrag mag niet negatief zijn.");
            }
            return money;
        } catch (MoneyFormatException e) {
            throw switch (e.reason()) {
                case NOT_A_NUMBER -> new PbValueException(PbProblemCode.INVALID_AMOUNT,
                        field + " is '" + raw + "'. Dat is geen bedrag; schrijf alleen cijfers, zoals 15000 of 15000.50.");
                case TOO_MANY_DECIMALS -> new PbValueException(PbProblemCode.TOO_MANY_DECIMALS,
                        field + " is " + raw.strip() + ". Een bedrag heeft hoogstens 2 cijfers achter de komma.");
                case TOO_LARGE -> new PbValueException(PbProblemCode.AMOUNT_TOO_LARGE,
                        field + " is " + raw.strip() + ". Dat bedrag is te groot om exact mee te rekenen.");
            };
        }
    }

    static long number(String field, String raw, long min) throws PbValueException {
        try {
            long value = Long.parseLong(raw.strip());
            if (value < min) {
                throw new PbValueException(PbProblemCode.INVALID_NUMBER,
                        field + " is " + value + ". Dat moet " + min + " of meer zijn.");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new PbValueException(PbProblemCode.INVALID_NUMBER,
                    field + " is '" + raw + "'. Dat is geen heel getal.");
        }
    }

    static VoteType voteType(String raw) throws PbValueException {
        return VoteType.fromPbName(raw).orElseThrow(() -> new PbValueException(PbProblemCode.UNKNOWN_VOTE_TYPE,
                "vote_type is '" + raw + "'. Dat moet approval, ordinal, cumulative of scoring zijn."));
    }

    /** {@code currency}, else the currency of {@code country} (older Polish files have no key), else EUR. */
    static String currency(Map<String, String> meta) {
        return PbValues.present(meta.get("currency")).orElseGet(() -> switch (
                PbValues.present(meta.get("country")).orElse("")) {
            case "Poland" -> "PLN";
            case "Switzerland" -> "CHF";
            case "United States" -> "USD";
            case "United Kingdom" -> "GBP";
            default -> "EUR";
        });
    }

    static BallotRules ballotRules(Map<String, String> meta) throws PbValueException {
        BallotRules rules = BallotRules.NONE;
        int minLength = (int) optionalNumber(meta, "min_length", 0, Integer.MAX_VALUE, 0);
        int maxLength = (int) optionalNumber(meta, "max_length", 0, Integer.MAX_VALUE, Integer.MAX_VALUE);
        Money minSumCost = optionalAmount(meta, "min_sum_cost", Money.ZERO);
        Money maxSumCost = optionalAmount(meta, "max_sum_cost", Money.UNLIMITED);
        long minPoints = optionalNumber(meta, "min_points", Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE);
        long maxPoints = optionalNumber(meta, "max_points", Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        long minSum = optionalNumber(meta, "min_sum_points", Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE);
        long maxSum = optionalNumber(meta, "max_sum_points", Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        if (minLength > maxLength || minSumCost.exceeds(maxSumCost) || minPoints > maxPoints || minSum > maxSum) {
            throw new PbValueException(PbProblemCode.INVALID_LIMITS,
                    "Een minimum in META (min_length, min_sum_cost, min_points of min_sum_points) is hoger dan het maximum.");
        }
        return rules.withLength(minLength, maxLength).withSumCost(minSumCost, maxSumCost)
                .withPoints(minPoints, maxPoints).withSumPoints(minSum, maxSum);
    }

    static BudgetCaps caps(Map<String, String> meta) throws PbValueException {
        return new BudgetCaps(capList(meta, "budget_per_category", "categories"),
                capList(meta, "budget_per_neighbourhood", "neighbourhoods"));
    }

    private static Map<String, Money> capList(Map<String, String> meta, String capsKey, String namesKey)
            throws PbValueException {
        Optional<String> caps = PbValues.present(meta.get(capsKey));
        if (caps.isEmpty()) {
            return Map.of();
        }
        List<String> names = PbValues.present(meta.get(namesKey))
                .map(value -> List.of(value.split(","))).orElse(List.of());
        String[] amounts = caps.get().split(",");
        if (names.size() != amounts.length) {
            throw new PbValueException(PbProblemCode.INVALID_CAPS, capsKey + " noemt " + amounts.length
                    + " bedragen, maar " + namesKey + " noemt " + names.size()
                    + " namen. Geef voor elke naam precies één bedrag, in dezelfde volgorde.");
        }
        Map<String, Money> result = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            if (result.put(names.get(i).strip(), amount(capsKey, amounts[i])) != null) {
                duplicates.add(names.get(i).strip());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new PbValueException(PbProblemCode.INVALID_CAPS,
                    namesKey + " noemt '" + duplicates.getFirst() + "' meer dan één keer.");
        }
        return result;
    }

    private static long optionalNumber(Map<String, String> meta, String key, long min, long max, long absent)
            throws PbValueException {
        Optional<String> raw = PbValues.present(meta.get(key));
        if (raw.isEmpty()) {
            return absent;
        }
        long value = number(key, raw.get(), min);
        if (value > max) {
            throw new PbValueException(PbProblemCode.INVALID_NUMBER, key + " is " + value + ". Dat is te groot.");
        }
        return value;
    }

    private static Money optionalAmount(Map<String, String> meta, String key, Money absent)
            throws PbValueException {
        Optional<String> raw = PbValues.present(meta.get(key));
        return raw.isEmpty() ? absent : amount(key, raw.get());
    }
}
