package nl.stemwerk.budgeting.rule;

import java.util.EnumSet;
import java.util.Set;

/** Which limits of {@link nl.stemwerk.budgeting.election.BudgetCaps} a rule applies. */
public enum CapKind {
    /** At most the cap per category ("thema"). */
    CATEGORY,
    /** At most the cap per neighbourhood ("buurt"). */
    NEIGHBOURHOOD;

    /** An unmodifiable copy. */
    static Set<CapKind> copyOf(Set<CapKind> caps) {
        return caps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(caps));
    }
}
