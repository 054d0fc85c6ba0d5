package nl.stemwerk.app.turnout.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.municipality.MunicipalityService.NewPollingStation;
import nl.stemwerk.app.platform.demo.DemoSeedStep;
import nl.stemwerk.app.turnout.files.TurnoutFile;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;
import nl.stemwerk.app.turnout.files.TurnoutFileReader;
import nl.stemwerk.app.turnout.imports.ImportRequest;
import nl.stemwerk.app.turnout.imports.TurnoutImportService;
import nl.stemwerk.turnout.geo.InvalidShapes;
import org.springframework.stereotype.Component;

/**
 * Demo municipalities for the turnout pages, with real public data (see demo/turnout/SOURCES.md): the GR2022 counts
 * of Hilversum, Nijmegen and West Maas en Waal and the TK2025 count of West Maas en Waal, their 2014 wijken and
 * buurten, the CBS eligible voters of 2022, and Enschede with its 2012 polling stations (the only real station
 * coordinates), 2014 map and 2009 inhabitants. Everything goes through the import a user uses.
 */
@Component
class TurnoutDemo implements DemoSeedStep {
    static final String FOLDER = "/demo/turnout/";
    private static final String WMW_2022 = "/demo/west-maas-en-waal/osv4-3_telling_gr2022_westmaasenwaal.csv";
    private static final String WIJKEN = "wijken_2014_hilversum_nijmegen_westmaasenwaal.geojson";
    private static final String BUURTEN = "buurten_2014_hilversum_nijmegen_westmaasenwaal.geojson";
    static final String ENSCHEDE = "GM0153";
    private static final String ENSCHEDE_STATIONS = "stembureaus_2012_enschede.csv";

    private final TurnoutImportService imports;
    private final MunicipalityService municipalities;

    TurnoutDemo(TurnoutImportService imports, MunicipalityService municipalities) {
        this.imports = imports;
        this.municipalities = municipalities;
    }

    @Override
    public String id() {
        return "turnout.demo-municipalities";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        importFile(TurnoutFileKind.COUNT, null, FOLDER + "osv4-3_telling_gr2022_hilversum.csv", false);
        importFile(TurnoutFileKind.COUNT, null, FOLDER + "osv4-3_telling_gr2022_nijmegen.csv", false);
        importFile(TurnoutFileKind.COUNT, null, WMW_2022, false);
        importFile(TurnoutFileKind.COUNT, null, FOLDER + "osv4-3_telling_tk2025_gemeente_westmaasenwaal.csv", false);
        for (String municipality : List.of("GM0402", "GM0268", "GM0668")) {
            // the 2014 files are simplified on a coarse grid: some polygons need the reported repair
            importFile(TurnoutFileKind.BOUNDARIES, municipality, FOLDER + WIJKEN, true);
            importFile(TurnoutFileKind.BOUNDARIES, municipality, FOLDER + BUURTEN, true);
        }
        importFile(TurnoutFileKind.ELIGIBLE_VOTERS, null, FOLDER + "Maatwerk_kiesgerechtigd_per_gemeente_def.xlsx", false);

        municipalities.register(ENSCHEDE, "Enschede", false, enschedeStations());
        importFile(TurnoutFileKind.BOUNDARIES, ENSCHEDE, FOLDER + "wijken_2014_enschede.geojson", false);
        importFile(TurnoutFileKind.BOUNDARIES, ENSCHEDE, FOLDER + "buurten_2014_enschede.geojson", false);
        importFile(TurnoutFileKind.POPULATION, ENSCHEDE, FOLDER + "enschede_2009_buurtcijfers.csv", false);
        importFile(TurnoutFileKind.STATIONS, ENSCHEDE, FOLDER + ENSCHEDE_STATIONS, false);
    }

    private void importFile(TurnoutFileKind kind, String municipality, String resource, boolean repair) {
        imports.importFile(new ImportRequest(kind, Optional.ofNullable(municipality),
                resource.substring(resource.lastIndexOf('/') + 1), bytes(resource), repair));
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TurnoutDemo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Enschede has no count to bring its stations in, so they come from its station list. */
    private static List<NewPollingStation> enschedeStations() {
        String file = FOLDER + ENSCHEDE_STATIONS;
        TurnoutFile.Stations read = (TurnoutFile.Stations) TurnoutFileReader.read(TurnoutFileKind.STATIONS,
                ENSCHEDE_STATIONS, bytes(file), InvalidShapes.REFUSE);
        return read.stations().stations().stream().map(s -> new NewPollingStation(s.number(), s.name(),
                s.address().postcode(), s.typeName())).toList();
    }
}
