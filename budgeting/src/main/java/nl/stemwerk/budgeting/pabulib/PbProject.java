package nl.stemwerk.budgeting.pabulib;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.stemwerk.budgeting.money.Money;

/**
 * One line of the PROJECTS section.
 *
 * @param id         {@code project_id}
 * @param cost       {@code cost}
 * @param attributes every other column by header name, as written (e.g. {@code name}, {@code votes},
 *                   {@code category}, {@code neighbourhood}, {@code selected}); {@code None} stays {@code None}
 */
public record PbProject(String id, Money cost, Map<String, String> attributes) {

    public PbProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        attributes = Map.copyOf(attributes);
    }

    /** The value of a column, empty when the column is missing, empty or {@code None}. */
    public Optional<String> attribute(String column) {
        return PbValues.present(attributes.get(column));
    }

    /** The {@code name}, or the id when there is none (as the equalshares tool does). */
    public String name() {
        return attribute("name").orElse(id);
    }

    /** {@code category} or {@code categories}: a comma-separated list. */
    public List<String> categories() {
        return attribute("category").or(() -> attribute("categories"))
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** {@code neighbourhood}. */
    public Optional<String> neighbourhood() {
        return attribute("neighbourhood");
    }
}
