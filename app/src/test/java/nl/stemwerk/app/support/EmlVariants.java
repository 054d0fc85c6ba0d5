package nl.stemwerk.app.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.stemwerk.eml.hash.EmlHash;
import nl.stemwerk.eml.hash.RedactedEmlHash;

/**
 * The Juinen sample files turned into files of a new election of the demo municipality (West Maas en Waal, 0668),
 * so that an import can go all the way in the shared demo database; and the two hash groups a user would type.
 */
public final class EmlVariants {
    private EmlVariants() {
    }

    public static byte[] definition(String electionId) {
        return ofWestMaasEnWaal(EmlSamples.text(EmlSamples.juinenDefinition()), electionId);
    }

    public static byte[] candidateLists(String electionId) {
        return ofWestMaasEnWaal(EmlSamples.text(EmlSamples.juinenCandidates()), electionId);
    }

    public static byte[] pollingStations(String electionId) {
        return ofWestMaasEnWaal(EmlSamples.text(EmlSamples.juinenStations()), electionId);
    }

    private static byte[] ofWestMaasEnWaal(String juinen, String electionId) {
        return juinen.replace("\"GR2025_Juinen\"", "\"" + electionId + "\"")
                .replace("Gemeenteraad 2025 Juinen", "Gemeenteraad " + electionId)
                .replace("Id=\"0042\">Juinen<", "Id=\"0668\">West Maas en Waal<")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The two groups of the paper list that the import leaves blank, in order: what a careful user types. */
    public static List<String> blankGroups(byte[] file) {
        EmlHash hash = EmlHash.of(file);
        RedactedEmlHash redacted = hash.redacted();
        return List.of(hash.groups().get(redacted.firstBlank()), hash.groups().get(redacted.secondBlank()));
    }

    public static String hashJson(byte[] file) {
        List<String> groups = blankGroups(file);
        return "{\"eersteGroep\": \"" + groups.get(0) + "\", \"tweedeGroep\": \"" + groups.get(1) + "\"}";
    }
}
