package nl.stemwerk.app.budget;

import java.util.List;
import nl.stemwerk.budgeting.money.Money;

/**
 * A project on the ballot of a burgerbegroting.
 *
 * @param id          database id
 * @param code        the project id in .pb files and on the ballot, e.g. "12"
 * @param name        what residents see
 * @param description a few sentences, may be empty
 * @param cost        what it costs
 * @param area        its area, or {@code null}
 * @param categories  its categories, possibly none
 */
public record BudgetProject(long id, String code, String name, String description, Money cost, String area,
                            List<String> categories) {
    public BudgetProject {
        categories = List.copyOf(categories);
    }
}
