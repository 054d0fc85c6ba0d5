package nl.stemwerk.turnout.internal.geo;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.internal.json.Json;
import tools.jackson.databind.JsonNode;

/** Code and name of an area feature, from the property names that CBS, PDOK and the Kiesraad maps use. */
public final class AreaFeature {
    private static final List<String> CODE_FIELDS = List.of("statcode", "regiocode", "code", "gemeentecode");
    private static final List<String> NAME_FIELDS = List.of("statnaam", "name", "naam", "gemeentenaam");

    private AreaFeature() {
    }

    /** The area code, with municipality codes written as "GM" + 4 digits. */
    public static Optional<String> code(JsonNode properties, JsonNode id) {
        String code = first(properties, CODE_FIELDS);
        if (code.isEmpty() && id != null && !id.isNull()) {
            code = id.asString().strip();
        }
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AreaLevel.ofCode(code) == AreaLevel.MUNICIPALITY ? AreaCodes.municipality(code) : code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String name(JsonNode properties) {
        return first(properties, NAME_FIELDS);
    }

    private static String first(JsonNode properties, List<String> fields) {
        if (properties == null || !properties.isObject()) {
            return "";
        }
        return fields.stream().map(f -> Json.text(properties, f)).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
