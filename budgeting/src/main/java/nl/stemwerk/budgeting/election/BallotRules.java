package nl.stemwerk.budgeting.election;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.stemwerk.budgeting.money.DutchNumbers;
import nl.stemwerk.budgeting.money.Money;

/**
 * What a valid ballot looks like: how many projects, their total cost and the points. The .pb keys are named on
 * each component. A limit that is not set is the widest value ({@code 0}, {@link Integer#MAX_VALUE},
 * {@link Money#UNLIMITED}, {@link Long#MIN_VALUE}/{@link Long#MAX_VALUE}).
 *
 * @param minLength    fewest projects on a ballot ({@code min_length})
 * @param maxLength    most projects on a ballot ({@code max_length})
 * @param minSumCost   lowest total cost of the chosen projects ({@code min_sum_cost})
 * @param maxSumCost   highest total cost of the chosen projects ({@code max_sum_cost})
 * @param minPoints    fewest points for one project ({@code min_points})
 * @param maxPoints    most points for one project ({@code max_points})
 * @param minSumPoints fewest points on one ballot ({@code min_sum_points})
 * @param maxSumPoints most points on one ballot ({@code max_sum_points})
 */
public record BallotRules(int minLength, int maxLength, Money minSumCost, Money maxSumCost,
                          long minPoints, long maxPoints, long minSumPoints, long maxSumPoints) {

    /** No limits at all. */
    public static final BallotRules NONE = new BallotRules(0, Integer.MAX_VALUE, Money.ZERO, Money.UNLIMITED,
            Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE);

    public BallotRules {
        if (minLength < 0 || minLength > maxLength) {
            throw invalid("Het minimum aantal projecten (" + minLength + ") past niet bij het maximum ("
                    + maxLength + ").");
        }
        if (minSumCost.compareTo(maxSumCost) > 0) {
            throw invalid("Het minimale totaalbedrag past niet bij het maximale totaalbedrag.");
        }
        if (minPoints > maxPoints || minSumPoints > maxSumPoints) {
            throw invalid("Het minimum aantal punten is hoger dan het maximum.");
        }
    }

    public BallotRules withLength(int min, int max) {
        return new BallotRules(min, max, minSumCost, maxSumCost, minPoints, maxPoints, minSumPoints, maxSumPoints);
    }

    public BallotRules withSumCost(Money min, Money max) {
        return new BallotRules(minLength, maxLength, min, max, minPoints, maxPoints, minSumPoints, maxSumPoints);
    }

    public BallotRules withPoints(long min, long max) {
        return new BallotRules(minLength, maxLength, minSumCost, maxSumCost, min, max, minSumPoints, maxSumPoints);
    }

    public BallotRules withSumPoints(long min, long max) {
        return new BallotRules(minLength, maxLength, minSumCost, maxSumCost, minPoints, maxPoints, min, max);
    }

    /**
     * Every way in which a ballot breaks these rules; empty when it is valid.
     *
     * @param projectIds the chosen projects
     * @param points     points parallel to {@code projectIds}, empty for approval and ordinal ballots
     * @param withPoints whether this kind of ballot carries points
     * @param costOf     the cost of a project by id, {@code null} when there is no such project
     * @param currency   for amounts in messages
     */
    public List<BallotViolation> check(List<String> projectIds, List<Long> points, boolean withPoints,
                                       Function<String, Money> costOf, String currency) {
        List<BallotViolation> violations = new ArrayList<>(0);
        long totalCost = 0;
        for (int i = 0; i < projectIds.size(); i++) {
            String id = projectIds.get(i);
            Money cost = costOf.apply(id);
            if (cost == null) {
                violations.add(new BallotViolation(BallotViolation.Kind.UNKNOWN_PROJECT, "De stem noemt project '"
                        + id + "', maar dat project staat niet in de lijst met projecten."));
            } else {
                totalCost = saturatedAdd(totalCost, cost.cents());
            }
        }
        for (String id : repeated(projectIds)) {
            violations.add(new BallotViolation(BallotViolation.Kind.DUPLICATE_PROJECT,
                    "De stem noemt project '" + id + "' meer dan één keer."));
        }
        checkLength(projectIds.size(), violations);
        if (withPoints) {
            checkPoints(projectIds, points, violations);
        } else if (!points.isEmpty()) {
            violations.add(new BallotViolation(BallotViolation.Kind.POINTS_COUNT_MISMATCH,
                    "De stem geeft punten, maar bij deze manier van stemmen horen geen punten."));
        }
        Money sum = Money.ofCents(totalCost);
        if (sum.compareTo(minSumCost) < 0 || sum.exceeds(maxSumCost)) {
            violations.add(new BallotViolation(BallotViolation.Kind.COST_OUT_OF_RANGE,
                    "De gekozen projecten kosten samen " + DutchNumbers.amount(sum, currency) + ". Dat moet "
                            + range(DutchNumbers.amount(minSumCost, currency), minSumCost.isPositive(),
                            DutchNumbers.amount(maxSumCost, currency), !maxSumCost.isUnlimited()) + " zijn."));
        }
        return violations;
    }

    /** Each id that already came earlier in the list; a short ballot is compared pairwise, without hashing. */
    private static List<String> repeated(List<String> ids) {
        if (ids.size() > 32) {
            Set<String> seen = new HashSet<>();
            return ids.stream().filter(id -> !seen.add(id)).toList();
        }
        List<String> repeated = List.of();
        for (int i = 1; i < ids.size(); i++) {
            for (int k = 0; k < i; k++) {
                if (ids.get(k).equals(ids.get(i))) {
                    repeated = repeated.isEmpty() ? new ArrayList<>() : repeated;
                    repeated.add(ids.get(i));
                    break;
                }
            }
        }
        return repeated;
    }

    private void checkLength(int length, List<BallotViolation> violations) {
        if (length < minLength) {
            violations.add(new BallotViolation(BallotViolation.Kind.TOO_FEW_PROJECTS, "De stem kiest " + length
                    + (length == 1 ? " project" : " projecten") + ". Dat moeten er minstens " + minLength + " zijn."));
        }
        if (length > maxLength) {
            violations.add(new BallotViolation(BallotViolation.Kind.TOO_MANY_PROJECTS, "De stem kiest " + length
                    + " projecten. Dat mogen er hoogstens " + maxLength + " zijn."));
        }
    }

    private void checkPoints(List<String> projectIds, List<Long> points, List<BallotViolation> violations) {
        if (points.size() != projectIds.size()) {
            violations.add(new BallotViolation(BallotViolation.Kind.POINTS_COUNT_MISMATCH, "De stem noemt "
                    + projectIds.size() + " projecten maar geeft " + points.size()
                    + " keer punten. Elk gekozen project krijgt precies één aantal punten."));
            return;
        }
        long sum = 0;
        for (int i = 0; i < points.size(); i++) {
            long value = points.get(i);
            sum = saturatedAdd(sum, value);
            if (value < minPoints || value > maxPoints) {
                violations.add(new BallotViolation(BallotViolation.Kind.POINTS_OUT_OF_RANGE, "Project '"
                        + projectIds.get(i) + "' krijgt " + value + " punten. Dat moet "
                        + range(Long.toString(minPoints), minPoints != Long.MIN_VALUE,
                        Long.toString(maxPoints), maxPoints != Long.MAX_VALUE) + " zijn."));
            }
        }
        if (sum < minSumPoints || sum > maxSumPoints) {
            violations.add(new BallotViolation(BallotViolation.Kind.POINTS_TOTAL_OUT_OF_RANGE, "De stem geeft samen "
                    + sum + " punten. Dat moet " + range(Long.toString(minSumPoints), minSumPoints != Long.MIN_VALUE,
                    Long.toString(maxSumPoints), maxSumPoints != Long.MAX_VALUE) + " zijn."));
        }
    }

    private static String range(String min, boolean hasMin, String max, boolean hasMax) {
        if (hasMin && hasMax) {
            return "tussen " + min + " en " + max;
        }
        return hasMin ? "minstens " + min : "hoogstens " + max;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }

    private static BudgetingException invalid(String message) {
        return new BudgetingException(BudgetingError.INVALID_BALLOT_RULES, message);
    }
}
