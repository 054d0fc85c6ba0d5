package nl.stemwerk.sortition.pool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person in the pool ("aanmelder"): someone who volunteered and may be drawn for the assembly.
 *
 * @param id        pseudonymous id, unique in the pool; never a name or address
 * @param features  the value per quota category, for example {@code geslacht -> vrouw}
 * @param household the normalised address ({@link HouseholdKey}), empty when unknown; only used when the
 *                  selection asks for one member per household, and never published
 */
public record Volunteer(String id, Map<String, String> features, String household) {
    public Volunteer {
        Objects.requireNonNull(id, "id");
        features = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(features, "features")));
        household = household == null ? "" : household;
    }

    public Volunteer(String id, Map<String, String> features) {
        this(id, features, "");
    }

    /** The value of this volunteer for a category, or {@code null} when absent. */
    public String value(String category) {
        return features.get(category);
    }

    public boolean hasHousehold() {
        return !household.isEmpty();
    }
}
