package nl.stemwerk.app.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.municipality.MunicipalityService.NewPollingStation;
import nl.stemwerk.turnout.count.Osv43CsvReader;
import org.springframework.stereotype.Component;

/**
 * The demo municipality: West Maas en Waal (GM0668) with its real polling stations of the GR2022 election (number,
 * name, postcode), read with the turnout library's osv4-3 reader from the CSV the municipality published (see
 * demo/west-maas-en-waal/SOURCES.md).
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
            return Osv43CsvReader.read(CSV.substring(CSV.lastIndexOf('/') + 1), in).stations().stream()
                    .map(column -> new NewPollingStation(column.number(), column.name(), column.postcode(), "regulier"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
