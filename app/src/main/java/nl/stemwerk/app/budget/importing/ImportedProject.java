package nl.stemwerk.app.budget.importing;

import java.util.List;
import nl.stemwerk.budgeting.money.Money;

/**
 * A project read from an import file, with the line it came from (for messages).
 *
 * @param line        1-based line in the file
 * @param code        project id
 * @param name        name
 * @param description description, may be empty
 * @param cost        cost
 * @param area        area, or {@code null}
 * @param categories  categories, possibly none
 */
public record ImportedProject(int line, String code, String name, String description, Money cost, String area,
                              List<String> categories) {
    public ImportedProject {
        categories = List.copyOf(categories);
        description = description == null ? "" : description;
    }
}
