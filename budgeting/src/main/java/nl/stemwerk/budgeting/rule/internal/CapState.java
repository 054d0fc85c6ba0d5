package nl.stemwerk.budgeting.rule.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.rule.CapKind;

/** What is left under each cap that a rule applies; a project fits when its cost fits under all of its caps. */
final class CapState {

    /** The cap that stops a project. */
    record Blocking(CapKind kind, String group, Money left) {
    }

    private final CapKind[] kinds;
    private final String[] groups;
    private final long[] left;
    private final int[][] capsOf;

    private CapState(CapKind[] kinds, String[] groups, long[] left, int[][] capsOf) {
        this.kinds = kinds;
        this.groups = groups;
        this.left = left;
        this.capsOf = capsOf;
    }

    static CapState of(Profile profile, Set<CapKind> applied) {
        BudgetCaps caps = profile.election.caps();
        List<CapKind> kinds = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        Map<String, Integer> categoryCap = new LinkedHashMap<>();
        Map<String, Integer> neighbourhoodCap = new LinkedHashMap<>();
        for (CapKind kind : applied) {
            Map<String, Money> source = kind == CapKind.CATEGORY ? caps.perCategory() : caps.perNeighbourhood();
            if (source.isEmpty()) {
                throw new BudgetingException(BudgetingError.CAPS_NOT_SET, "De rekenregel gebruikt een maximum per "
                        + (kind == CapKind.CATEGORY ? "thema" : "buurt") + ", maar die maxima zijn niet opgegeven.");
            }
            Map<String, Integer> index = kind == CapKind.CATEGORY ? categoryCap : neighbourhoodCap;
            source.forEach((group, amount) -> {
                index.put(group, kinds.size());
                kinds.add(kind);
                groups.add(group);
                amounts.add(amount.cents());
            });
        }
        int[][] capsOf = new int[profile.projectCount()][];
        for (int j = 0; j < capsOf.length; j++) {
            Project project = profile.projects.get(j);
            List<Integer> own = new ArrayList<>();
            project.categories().stream().map(categoryCap::get).filter(i -> i != null).forEach(own::add);
            project.neighbourhood().map(neighbourhoodCap::get).ifPresent(own::add);
            capsOf[j] = own.stream().distinct().mapToInt(Integer::intValue).toArray();
        }
        return new CapState(kinds.toArray(CapKind[]::new), groups.toArray(String[]::new),
                amounts.stream().mapToLong(Long::longValue).toArray(), capsOf);
    }

    CapState copy() {
        return new CapState(kinds, groups, Arrays.copyOf(left, left.length), capsOf);
    }

    boolean fits(int project, long cost) {
        for (int cap : capsOf[project]) {
            if (cost > left[cap]) {
                return false;
            }
        }
        return true;
    }

    /** The first cap the project does not fit under. */
    Blocking blocking(int project, long cost) {
        for (int cap : capsOf[project]) {
            if (cost > left[cap]) {
                return new Blocking(kinds[cap], groups[cap], Money.ofCents(left[cap]));
            }
        }
        throw new IllegalStateException("project fits");
    }

    void take(int project, long cost) {
        for (int cap : capsOf[project]) {
            left[cap] -= cost;
        }
    }
}
