package nl.stemwerk.app.apportionment;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON input of {@code stemwerk seats}:
 *
 * <pre>{@code
 * {"seats": 17,
 *  "lists": [{"number": 1, "name": "FD Partij Beneden-Leeuwen",
 *             "candidates": [{"number": 1, "name": "Reuvers, R.A.N.", "votes": 581}, ...]}, ...],
 *  "deceased": [{"list": 2, "candidate": 4}],
 *  "lots": [9]}
 * }</pre>
 *
 * {@code number} of a list or candidate defaults to its position; {@code name}, {@code deceased} and {@code lots}
 * may be left out; a list may give its total {@code votes}, which must then equal the sum of its candidates'.
 * Every problem names the field as a path, e.g. {@code lists[2].candidates[0].votes}.
 */
public final class SeatsInputJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeatsInputJson() {
    }

    public static SeatsInput read(Reader reader) {
        JsonNode root;
        try {
            root = JSON.readTree(reader);
        } catch (JacksonException e) {
            throw new SeatsInputException("MALFORMED_JSON", where(e.getLocation()),
                    "Het bestand is geen geldige JSON" + at(e.getLocation()) + ". Controleer haakjes, komma's en"
                            + " aanhalingstekens.");
        }
        if (root == null || !root.isObject()) {
            throw new SeatsInputException("MALFORMED_JSON", "(bestand)",
                    "Het bestand moet één JSON-object zijn, met de velden seats en lists.");
        }
        int seats = whole(root, "seats", "seats", true, 0);
        JsonNode listsNode = array(root, "lists", "lists", true);
        List<SeatsInput.NamedList> lists = new ArrayList<>();
        int index = 0;
        for (JsonNode list : listsNode.values()) {
            lists.add(list(list, "lists[" + index + "]", index + 1));
            index++;
        }
        return new SeatsInput(seats, lists, deceased(root), lots(root), true);
    }

    private static SeatsInput.NamedList list(JsonNode node, String path, int position) {
        requireObject(node, path);
        int number = whole(node, "number", path + ".number", false, position);
        String name = text(node, "name", path + ".name");
        OptionalLong votes = node.has("votes")
                ? OptionalLong.of(count(node.get("votes"), path + ".votes")) : OptionalLong.empty();
        JsonNode candidatesNode = array(node, "candidates", path + ".candidates", true);
        List<SeatsInput.NamedCandidate> candidates = new ArrayList<>();
        int index = 0;
        for (JsonNode candidate : candidatesNode.values()) {
            String candidatePath = path + ".candidates[" + index + "]";
            requireObject(candidate, candidatePath);
            int candidateNumber = whole(candidate, "number", candidatePath + ".number", false, index + 1);
            if (!candidate.has("votes")) {
                throw missing(candidatePath + ".votes");
            }
            candidates.add(new SeatsInput.NamedCandidate(candidateNumber, text(candidate, "name", candidatePath + ".name"),
                    count(candidate.get("votes"), candidatePath + ".votes")));
            index++;
        }
        return new SeatsInput.NamedList(number, name, votes, candidates);
    }

    private static Set<CandidateId> deceased(JsonNode root) {
        Set<CandidateId> deceased = new LinkedHashSet<>();
        if (!root.has("deceased")) {
            return deceased;
        }
        int index = 0;
        for (JsonNode node : array(root, "deceased", "deceased", false).values()) {
            String path = "deceased[" + index++ + "]";
            requireObject(node, path);
            deceased.add(new CandidateId(whole(node, "list", path + ".list", true, 0),
                    whole(node, "candidate", path + ".candidate", true, 0)));
        }
        return deceased;
    }

    private static List<Integer> lots(JsonNode root) {
        List<Integer> lots = new ArrayList<>();
        if (!root.has("lots")) {
            return lots;
        }
        int index = 0;
        for (JsonNode node : array(root, "lots", "lots", false).values()) {
            lots.add(asInt(node, "lots[" + index++ + "]"));
        }
        return lots;
    }

    private static int whole(JsonNode parent, String name, String path, boolean required, int fallback) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw missing(path);
            }
            return fallback;
        }
        return asInt(node, path);
    }

    private static int asInt(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new SeatsInputException("NOT_A_WHOLE_NUMBER", path,
                    "Het veld " + path + " moet een geheel getal zijn. Er staat: " + node + ".");
        }
        return node.intValue();
    }

    private static long count(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new SeatsInputException("NOT_A_WHOLE_NUMBER", path,
                    "Het veld " + path + " moet een geheel aantal stemmen zijn. Er staat: " + node + ".");
        }
        long value = node.longValue();
        if (value < 0) {
            throw new SeatsInputException("NEGATIVE_VOTES", path,
                    "Het veld " + path + " kan niet negatief zijn. Er staat: " + value + ".");
        }
        return value;
    }

    private static String text(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isString()) {
            throw new SeatsInputException("NOT_TEXT", path,
                    "Het veld " + path + " moet tekst zijn, tussen aanhalingstekens. Er staat: " + node + ".");
        }
        return node.stringValue().trim();
    }

    private static JsonNode array(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw missing(path);
            }
            return JSON.createArrayNode();
        }
        if (!node.isArray()) {
            throw new SeatsInputException("NOT_A_LIST", path,
                    "Het veld " + path + " moet een lijst zijn, tussen [ en ]. Er staat: " + node + ".");
        }
        return node;
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new SeatsInputException("NOT_AN_OBJECT", path,
                    "Het veld " + path + " moet een object zijn, tussen { en }. Er staat: " + node + ".");
        }
    }

    private static SeatsInputException missing(String path) {
        return new SeatsInputException("MISSING_FIELD", path, "Het veld " + path + " ontbreekt.");
    }

    private static String where(TokenStreamLocation location) {
        return location == null ? "(bestand)" : "regel " + location.getLineNr() + ", kolom " + location.getColumnNr();
    }

    private static String at(TokenStreamLocation location) {
        return location == null ? "" : " (fout bij " + where(location) + ")";
    }

    /** Reads a file's text; kept here so the command has one place that turns I/O problems into Dutch. */
    static SeatsInput read(java.nio.file.Path file) {
        try (Reader reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SeatsInputException("FILE_NOT_FOUND", file.toString(), "Het bestand " + file + " bestaat niet.");
        } catch (IOException e) {
            throw new SeatsInputException("FILE_NOT_READABLE", file.toString(),
                    "Het bestand " + file + " kan niet worden gelezen: " + e.getMessage());
        }
    }
}
