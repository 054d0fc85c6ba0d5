package nl.stemwerk.budgeting.election;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.stemwerk.budgeting.money.Money;

/**
 * A project residents can vote for ("project", "plan").
 *
 * @param id            identifier as in the .pb file or the app, unique within one election
 * @param name          the name residents see; the id when there is none
 * @param cost          what it costs; more than zero
 * @param categories    themes it belongs to ("categorie"), possibly none; used by caps per category
 * @param neighbourhood the neighbourhood it is in ("buurt"), if any; used by caps per neighbourhood
 */
public record Project(String id, String name, Money cost, List<String> categories, Optional<String> neighbourhood) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        if (id.isBlank()) {
            throw new BudgetingException(BudgetingError.PROJECT_WITHOUT_ID, "Een project heeft geen nummer (id).");
        }
        if (!cost.isPositive()) {
            throw new BudgetingException(BudgetingError.COST_NOT_POSITIVE,
                    "Project '" + id + "' kost " + cost.toPlainString()
                            + ". Een project moet meer dan 0 kosten; haal het anders uit de stemming.");
        }
        name = name == null || name.isBlank() ? id : name;
        categories = List.copyOf(categories);
        neighbourhood = neighbourhood.filter(value -> !value.isBlank());
    }

    /** A project without category or neighbourhood. */
    public static Project of(String id, String name, Money cost) {
        return new Project(id, name, cost, List.of(), Optional.empty());
    }
}
