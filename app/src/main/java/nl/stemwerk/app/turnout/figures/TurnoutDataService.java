package nl.stemwerk.app.turnout.figures;

import java.util.List;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.turnout.store.AreaRows;
import nl.stemwerk.app.turnout.store.CountRows;
import nl.stemwerk.app.turnout.store.FigureRows;
import nl.stemwerk.app.turnout.store.ImportRows;
import nl.stemwerk.app.turnout.store.StationRows;
import nl.stemwerk.app.turnout.store.StoredImport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Loads what is stored for a municipality, so that the library can compute every figure from it. */
@Service
public class TurnoutDataService {
    private final MunicipalityService municipalities;
    private final CountRows counts;
    private final StationRows stations;
    private final AreaRows areas;
    private final FigureRows figures;
    private final ImportRows imports;

    public TurnoutDataService(MunicipalityService municipalities, CountRows counts, StationRows stations,
                              AreaRows areas, FigureRows figures, ImportRows imports) {
        this.municipalities = municipalities;
        this.counts = counts;
        this.stations = stations;
        this.areas = areas;
        this.figures = figures;
        this.imports = imports;
    }

    /**
     * @throws ResponseStatusException 404 when the municipality is not in Stemwerk
     */
    @Transactional(readOnly = true)
    public TurnoutData load(String cbsCode) {
        Municipality municipality = municipality(cbsCode);
        return new TurnoutData(municipality, counts.current(municipality.id()), stations.current(municipality.id()),
                areas.current(municipality.id()), figures.currentPopulation(municipality.id()),
                figures.currentEstimate(municipality.cbsCode()));
    }

    public List<Municipality> municipalities() {
        return municipalities.all();
    }

    /** The latest election per municipality id, for municipalities with a count. */
    public java.util.Map<Long, CountRows.ElectionSummary> electionSummaries() {
        return counts.summaries();
    }

    public Municipality municipality(String cbsCode) {
        return municipalities.all().stream().filter(m -> m.cbsCode().equalsIgnoreCase(cbsCode)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public List<StoredImport> imports(Municipality municipality) {
        return imports.ofMunicipality(municipality.id());
    }
}
