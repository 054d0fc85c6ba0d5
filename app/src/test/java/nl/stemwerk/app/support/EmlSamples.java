package nl.stemwerk.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The real and sample EML files in the shared test data, and the paper list of hash codes of Juinen. */
public final class EmlSamples {
    private static final String GR2022 = "data/elections/nl_gr2022_west_maas_en_waal/";
    private static final String JUINEN = "data/elections/eml_nl_samples/juinen/";

    private EmlSamples() {
    }

    public static Path westMaasEnWaalCount() {
        return SharedData.file(GR2022 + "Telling_GR2022_WestMaasenWaal.eml.xml");
    }

    public static Path westMaasEnWaalCandidates() {
        return SharedData.file(GR2022 + "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml");
    }

    public static Path westMaasEnWaalCsv() {
        return SharedData.file(SharedData.WEST_MAAS_EN_WAAL_2022_CSV);
    }

    public static Path juinenDefinition() {
        return SharedData.file(JUINEN + "eml110a_verkiezingsdefinitie-juinen.eml.xml");
    }

    public static Path juinenCandidates() {
        return SharedData.file(JUINEN + "eml230b_kandidatenlijsten-juinen.eml.xml");
    }

    public static Path juinenStations() {
        return SharedData.file(JUINEN + "eml110b_stembureaulijst-juinen.eml.xml");
    }

    /**
     * The paper list that comes with the Juinen files ({@code Hashcodes-Juinen.txt}): per file name its 16 groups, as
     * a user would read them.
     */
    public static Map<String, List<String>> juinenPaperList() {
        List<String> lines = lines(SharedData.file(JUINEN + "Hashcodes-Juinen.txt")).stream()
                .map(line -> line.replace("\uFEFF", "").strip()).filter(line -> !line.isEmpty()).toList();
        Map<String, List<String>> codes = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            codes.put(lines.get(i).replaceFirst("^eml_hash ", ""), Arrays.asList(lines.get(i + 1).split(" ")));
        }
        return codes;
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        return text(file).lines().collect(Collectors.toList());
    }
}
