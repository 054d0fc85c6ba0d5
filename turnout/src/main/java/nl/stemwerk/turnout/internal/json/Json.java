package nl.stemwerk.turnout.internal.json;

import java.io.InputStream;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON document into a tree, turning syntax errors into a Dutch input problem. */
public final class Json {
    // The caller owns the stream or writer it hands us, so we never close it.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private Json() {
    }

    public static JsonNode read(String source, InputStream in) {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw TurnoutInputException.of(InputProblemCode.EMPTY_FILE, SourcePosition.file(source),
                        "Het bestand is leeg.");
            }
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw TurnoutInputException.of(InputProblemCode.INVALID_JSON, SourcePosition.row(source, line),
                    "Dit is geen geldige JSON: " + e.getOriginalMessage());
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A text field, or "" when missing or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString().strip();
    }
}
