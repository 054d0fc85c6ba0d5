package nl.stemwerk.app.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.municipality.MunicipalityService.NewPollingStation;
import org.springframework.stereotype.Component;

/**
 * The demo municipality: West Maas en Waal (GM0668) with its real polling stations of the GR2022 election (number,
 * name, postcode), read from the osv4-3 CSV the municipality published (see demo/west-maas-en-waal/SOURCES.md).
 */
@Component
public class WestMaasEnWaal implements DemoSeedStep {
    static final String CSV = "/demo/west-maas-en-waal/osv4-3_telling_gr2022_westmaasenwaal.csv";

    private final MunicipalityService municipalities;

    public WestMaasEnWaal(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public String id() {
        return "platform.west-maas-en-waal";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed() {
        municipalities.register("GM0668", "West Maas en Waal", true, stations());
    }

    static List<NewPollingStation> stations() {
        try (InputStream in = WestMaasEnWaal.class.getResourceAsStream(CSV)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + CSV);
            }
            return OsvStationColumns.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The station columns of an osv4-3 CSV: names in the header row, numbers and postcodes in two rows below. */
    static final class OsvStationColumns {
        private static final int FIRST_STATION_COLUMN = 5;

        static List<NewPollingStation> parse(String csv) {
            List<String> names = null;
            List<String> numbers = null;
            List<String> postcodes = null;
            for (String line : csv.replace("\uFEFF", "").split("\r?\n")) {
                List<String> cells = cells(line);
                if (cells.isEmpty()) {
                    continue;
                }
                switch (cells.getFirst()) {
                    case "Lijstnummer" -> names = cells;
                    case "Gebiednummer" -> numbers = cells;
                    case "Postcode" -> postcodes = cells;
                    default -> { }
                }
            }
            if (names == null || numbers == null || postcodes == null) {
                throw new IllegalStateException("osv4-3 CSV without station header rows");
            }
            List<NewPollingStation> stations = new ArrayList<>();
            for (int column = FIRST_STATION_COLUMN; column < names.size(); column++) {
                stations.add(new NewPollingStation(Integer.parseInt(numbers.get(column)), names.get(column),
                        postcodes.get(column), "regulier"));
            }
            return stations;
        }

        private static List<String> cells(String line) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split(";", -1)) {
                cells.add(cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                        ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell);
            }
            return cells;
        }
    }
}
