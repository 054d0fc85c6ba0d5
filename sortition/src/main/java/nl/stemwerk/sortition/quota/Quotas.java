package nl.stemwerk.sortition.quota;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

/**
 * All quotas of one selection. Every category lists all its values: a volunteer whose value is not listed
 * cannot be placed and is reported as an input error.
 *
 * @param quotas one quota per (category, value), in the order given
 */
public record Quotas(List<Quota> quotas) {
    public Quotas {
        quotas = List.copyOf(Objects.requireNonNull(quotas, "quotas"));
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Quota quota : quotas) {
            if (quota.min() < 0 || quota.max() < quota.min()) {
                problems.add(new Problem(ProblemCode.QUOTA_MIN_ABOVE_MAX, "Het quotum " + quota.label()
                        + " heeft minimum " + quota.min() + " en maximum " + quota.max()
                        + ". Het minimum moet 0 of meer zijn en mag niet boven het maximum liggen."));
            }
            if (!seen.add(quota.category() + "\u0000" + quota.value())) {
                problems.add(new Problem(ProblemCode.QUOTA_DUPLICATE,
                        "Het quotum " + quota.label() + " staat er twee keer in. Laat er één over."));
            }
        }
        if (!problems.isEmpty()) {
            throw new SortitionException(problems);
        }
    }

    /** The categories in the order they first appear. */
    public List<String> categories() {
        return List.copyOf(byCategory().keySet());
    }

    /** The quotas of one category, in the order given. */
    public List<Quota> of(String category) {
        return byCategory().getOrDefault(category, List.of());
    }

    public Optional<Quota> find(String category, String value) {
        return of(category).stream().filter(quota -> quota.value().equals(value)).findFirst();
    }

    public Map<String, List<Quota>> byCategory() {
        Map<String, List<Quota>> result = new LinkedHashMap<>();
        for (Quota quota : quotas) {
            result.computeIfAbsent(quota.category(), category -> new ArrayList<>()).add(quota);
        }
        return result;
    }

    public int size() {
        return quotas.size();
    }
}
