package nl.stemwerk.turnout.station;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The open-data station fixture in src/test/resources/stations (see its SOURCES.md). */
final class StationFixtures {
    static final String EXAMPLE = "open-data-standaard-voorbeeld.csv";

    private StationFixtures() {
    }

    static String exampleText() {
        try (InputStream in = StationFixtures.class.getResourceAsStream("/stations/" + EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StationList example() {
        return OpenDataStationCsvReader.read(EXAMPLE, new ByteArrayInputStream(
                exampleText().getBytes(StandardCharsets.UTF_8)));
    }
}
