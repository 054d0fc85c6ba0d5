package nl.stemwerk.sortition.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quotas;

/**
 * Everything that decides the lottery: who is in the pool, the quotas, how many seats the panel has, who is
 * already on it, and whether two people from one address may both be chosen.
 *
 * @param pool                   the volunteers
 * @param quotas                 the quotas; every volunteer has a value for every category
 * @param panelSize              the number of seats ("k")
 * @param keptIds                members already confirmed, who are on every panel (for example after a withdrawal)
 * @param oneMemberPerHousehold  at most one member per address ("één per huishouden")
 */
public record SelectionProblem(Pool pool, Quotas quotas, int panelSize, Set<String> keptIds,
                               boolean oneMemberPerHousehold) {
    public SelectionProblem {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(quotas, "quotas");
        keptIds = Set.copyOf(new TreeSet<>(keptIds));
        List<Problem> problems = new ArrayList<>();
        checkValues(pool, quotas, problems);
        if (panelSize < 1 || panelSize > pool.size()) {
            problems.add(new Problem(ProblemCode.PANEL_SIZE_INVALID, "Het panel moet 1 tot en met " + pool.size()
                    + " leden hebben (zoveel aanmelders zijn er), niet " + panelSize + "."));
        }
        checkKept(pool, keptIds, panelSize, oneMemberPerHousehold, problems);
        if (!problems.isEmpty()) {
            throw new SortitionException(problems);
        }
    }

    /** A problem with no kept members and no household rule. */
    public static SelectionProblem of(Pool pool, Quotas quotas, int panelSize) {
        return new SelectionProblem(pool, quotas, panelSize, Set.of(), false);
    }

    public SelectionProblem withKept(Set<String> ids) {
        return new SelectionProblem(pool, quotas, panelSize, ids, oneMemberPerHousehold);
    }

    public SelectionProblem withOneMemberPerHousehold(boolean rule) {
        return new SelectionProblem(pool, quotas, panelSize, keptIds, rule);
    }

    private static void checkValues(Pool pool, Quotas quotas, List<Problem> problems) {
        for (Volunteer volunteer : pool.volunteers()) {
            for (String category : quotas.categories()) {
                String value = volunteer.value(category);
                if (value == null) {
                    problems.add(new Problem(ProblemCode.VOLUNTEER_MISSING_VALUE, "Aanmelder '" + volunteer.id()
                            + "' heeft geen waarde voor de categorie '" + category + "'."));
                } else if (quotas.find(category, value).isEmpty()) {
                    problems.add(new Problem(ProblemCode.VOLUNTEER_UNKNOWN_VALUE, "Aanmelder '" + volunteer.id()
                            + "' heeft bij '" + category + "' de waarde '" + value
                            + "', maar daarvoor is geen quotum."));
                }
            }
        }
    }

    private static void checkKept(Pool pool, Set<String> keptIds, int panelSize, boolean perHousehold,
                                  List<Problem> problems) {
        Map<String, String> keptByHousehold = new HashMap<>();
        for (String id : new TreeSet<>(keptIds)) {
            var volunteer = pool.find(id);
            if (volunteer.isEmpty()) {
                problems.add(new Problem(ProblemCode.KEPT_UNKNOWN,
                        "Het vaste lid '" + id + "' staat niet in de pool."));
            } else if (perHousehold && volunteer.get().hasHousehold()) {
                String other = keptByHousehold.putIfAbsent(volunteer.get().household(), id);
                if (other != null) {
                    problems.add(new Problem(ProblemCode.KEPT_SAME_HOUSEHOLD, "De vaste leden '" + other + "' en '"
                            + id + "' wonen op hetzelfde adres, terwijl er maar één lid per huishouden mag zijn."));
                }
            }
        }
        if (keptIds.size() > panelSize) {
            problems.add(new Problem(ProblemCode.PANEL_SIZE_INVALID, "Er zijn " + keptIds.size()
                    + " vaste leden, meer dan de " + panelSize + " plaatsen in het panel."));
        }
    }
}
