package nl.stemwerk.app.platform.audit;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of a change that goes into the audit log: keys sorted, no white space, so that the same
 * change always gives the same bytes and the same hash.
 */
public final class CanonicalJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // records and constructor-bound classes too: otherwise Jackson lists creator parameters first
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {
    }

    public static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
