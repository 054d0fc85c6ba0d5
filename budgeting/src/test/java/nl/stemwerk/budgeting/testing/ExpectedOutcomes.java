package nl.stemwerk.budgeting.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code shared/data/pb/expected_outcomes.json}: winners per rule variant for the approval instances, from the real
 * {@code selected} column, pabutools (exact fractions) and the equalshares compute tool (see
 * shared/reference/participation.md §2.3–2.4).
 */
public final class ExpectedOutcomes {

    /**
     * One expected outcome.
     *
     * @param file                   the .pb file
     * @param key                    the JSON key, e.g. {@code mes_cost_add1}
     * @param projects               the winning project ids
     * @param cost                   their total cost, in whole units
     * @param selectionOrder         the order the equalshares tool chose them in, when it ran
     * @param finalEndowmentPerVoter the tool's last endowment per voter, when it ran
     */
    public record Expected(String file, String key, List<String> projects, Optional<BigDecimal> cost,
                           List<String> selectionOrder, Optional<BigDecimal> finalEndowmentPerVoter) {
        @Override
        public String toString() {
            return file + " " + key;
        }
    }

    private static JsonNode root;

    private ExpectedOutcomes() {
    }

    /** Every entry with the given key, across files. */
    public static List<Expected> all(String key) {
        List<Expected> result = new ArrayList<>();
        root().get("instances").properties().forEach(instance -> {
            JsonNode node = instance.getValue().get(key);
            if (node != null) {
                result.add(parse(instance.getKey(), key, node));
            }
        });
        return result;
    }

    public static JsonNode instance(String file) {
        return root().get("instances").get(file);
    }

    private static Expected parse(String file, String key, JsonNode node) {
        if (node.isArray()) {
            return new Expected(file, key, strings(node), Optional.empty(), List.of(), Optional.empty());
        }
        return new Expected(file, key, strings(node.get("projects")),
                Optional.ofNullable(node.get("cost")).map(c -> new BigDecimal(c.asText())),
                node.has("selection_order") ? strings(node.get("selection_order")) : List.of(),
                Optional.ofNullable(node.get("final_endowment_per_voter")).map(c -> new BigDecimal(c.asText())));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static synchronized JsonNode root() {
        if (root == null) {
            try {
                root = new ObjectMapper().readTree(SharedData.pbDirectory().resolve("expected_outcomes.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }
}
