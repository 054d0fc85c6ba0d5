package nl.stemwerk.app.turnout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.stemwerk.app.support.SharedData;

/** The real files the turnout tests import, and copies of them made wrong (or moved to a test municipality) on purpose. */
final class TurnoutTestFiles {
    static final String HILVERSUM = "/demo/turnout/osv4-3_telling_gr2022_hilversum.csv";
    static final String WMW_2022 = "/demo/west-maas-en-waal/osv4-3_telling_gr2022_westmaasenwaal.csv";
    static final String ENSCHEDE_STATIONS = "/demo/turnout/stembureaus_2012_enschede.csv";
    static final String OPEN_DATA_EXAMPLE = "/turnout/open-data-standaard-voorbeeld.csv";
    static final String WMW_2022_EML = "data/turnout/results/Telling_GR2022_WestMaasenWaal.eml.xml";
    static final String WIJK_TOPOJSON = "data/turnout/boundaries/Wijk_2014_q1e3.topo.json";

    private TurnoutTestFiles() {
    }

    static byte[] resource(String path) {
        try (InputStream in = TurnoutTestFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test file missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] shared(String relative) {
        try {
            return Files.readAllBytes(SharedData.file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An osv4-3 count moved to a municipality of its own ("Nummer" and "Gebied" rows), so a test that stores it leaves
     * the demo municipalities as they are.
     */
    static byte[] countOf(String resource, String number, String name, String electionName) {
        return bytes(Arrays.stream(text(resource(resource)).split("\n", -1)).map(line -> {
            String bom = line.startsWith("\uFEFF") ? "\uFEFF" : "";
            String bare = line.replace("\uFEFF", "").replace("\"", "");
            if (bare.startsWith("Nummer;")) {
                return bom + "Nummer;;" + number;
            } else if (bare.startsWith("Gebied;")) {
                return bom + "Gebied;;Gemeente " + name;
            } else if (bare.startsWith("Verkiezing;")) {
                return bom + "Verkiezing;;" + electionName;
            }
            return line;
        }).collect(Collectors.joining("\n")));
    }

    /** The same text with the first line that starts with {@code prefix} changed by {@code change}. */
    static byte[] withLine(byte[] content, String prefix, java.util.function.UnaryOperator<String> change) {
        String[] lines = text(content).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].replace("\uFEFF", "").replace("\"", "").startsWith(prefix)) {
                lines[i] = change.apply(lines[i]);
                break;
            }
        }
        return bytes(String.join("\n", lines));
    }
}
