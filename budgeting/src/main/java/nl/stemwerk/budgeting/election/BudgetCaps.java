package nl.stemwerk.budgeting.election;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.stemwerk.budgeting.money.Money;

/**
 * Upper limits on what may go to one category or one neighbourhood ("maximaal bedrag per thema of buurt"), as
 * Amsterdam set them ({@code budget_per_category}, {@code budget_per_neighbourhood}). A project in several
 * categories counts fully in each of them. Whether a rule applies them is part of its {@code RuleVariant}.
 *
 * @param perCategory      cap per category name, in the order the municipality listed them
 * @param perNeighbourhood cap per neighbourhood name
 */
public record BudgetCaps(Map<String, Money> perCategory, Map<String, Money> perNeighbourhood) {

    public static final BudgetCaps NONE = new BudgetCaps(Map.of(), Map.of());

    public BudgetCaps {
        perCategory = copy(perCategory);
        perNeighbourhood = copy(perNeighbourhood);
    }

    private static Map<String, Money> copy(Map<String, Money> caps) {
        for (Map.Entry<String, Money> cap : caps.entrySet()) {
            if (cap.getValue().isNegative()) {
                throw new BudgetingException(BudgetingError.INVALID_CAPS, "Het maximum voor '" + cap.getKey()
                        + "' is negatief (" + cap.getValue().toPlainString() + ").");
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(caps));
    }
}
