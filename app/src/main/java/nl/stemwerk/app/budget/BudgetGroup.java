package nl.stemwerk.app.budget;

import java.util.Objects;
import nl.stemwerk.budgeting.money.Money;

/**
 * An area or category of a burgerbegroting, with an optional cap: at most this much money goes to its projects.
 *
 * @param kind area or category
 * @param name the name residents see, e.g. "Dreumel" or "Groen"
 * @param cap  the cap, or {@code null} when there is none
 */
public record BudgetGroup(GroupKind kind, String name, Money cap) {
    public BudgetGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public boolean hasCap() {
        return cap != null;
    }
}
